import type { Metadata } from 'next';
import { bareChapterMetadata, chapterSlugParams, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { slotComponents } from '@/components/lecture/slot-components';
import { LectureMode, type LectureNeighbour } from '@/components/lecture/lecture-mode';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import type { Chapter } from '@/lib/content/types';
import { chapterBySlug, loadChapters } from '@/content';
import { scenesOf } from '@/content/scenes';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
import '@/app/styles/present.css';

const LANG = DEFAULT_LANG;

export const dynamicParams = false;

export const generateStaticParams = chapterSlugParams;

type Props = BareChapterProps;

export function generateMetadata(props: Props): Promise<Metadata> {
  return bareChapterMetadata(props, messages(LANG).lecture.pageTitle);
}

function neighbour(chapter: Chapter | undefined): LectureNeighbour | undefined {
  return chapter && { slug: chapter.slug, title: chapter.title, stepCount: chapter.steps.length };
}

/** Lecture mode: one chapter on a projector, a step at a time. */
export default async function LecturePage({ params }: Props) {
  const chapters = loadChapters();
  const chapter = chapterBySlug((await params).slug, chapters);
  const index = chapters.indexOf(chapter);
  const Body = await loadChapterBody(chapter);
  const t = clientMessages(LANG);
  return (
    <>
      <QueryPendingScript />
      <LectureMode
        slug={chapter.slug}
        title={chapter.title}
        order={chapter.order}
        chapterCount={chapters.length}
        steps={chapter.steps}
        scenes={scenesOf(chapter.steps)}
        previous={neighbour(chapters[index - 1])}
        next={neighbour(chapters[index + 1])}
        t={{ lecture: t.lecture, chapter: t.chapter, theme: t.theme }}
      >
        <Body components={slotComponents(LANG)} />
      </LectureMode>
    </>
  );
}
