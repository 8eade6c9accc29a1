import type { Metadata } from 'next';
import { bareChapterMetadata, chapterSlugParams, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { PresenterView } from '@/components/lecture/presenter-view';
import { slotComponents } from '@/components/lecture/slot-components';
import { stepPictures } from '@/components/lecture/step-pictures';
import { chapterBySlug, loadChapters } from '@/content';
import { scenesOf } from '@/content/scenes';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';
import '@/app/styles/presenter.css';

const LANG = DEFAULT_LANG;

export const dynamicParams = false;

export const generateStaticParams = chapterSlugParams;

type Props = BareChapterProps;

export function generateMetadata(props: Props): Promise<Metadata> {
  return bareChapterMetadata(props, messages(LANG).presenter.pageTitle);
}

/** Lecture mode's second window, for the lectern: opened from /present/<slug>/ by P or its button. */
export default async function PresenterPage({ params }: Props) {
  const chapters = loadChapters();
  const chapter = chapterBySlug((await params).slug, chapters);
  const nextChapter = chapters[chapters.indexOf(chapter) + 1];
  const Body = await loadChapterBody(chapter);
  const scenes = scenesOf(chapter.steps);
  const t = clientMessages(LANG);
  return (
    <>
      <QueryPendingScript />
      <PresenterView
        slug={chapter.slug}
        title={chapter.title}
        order={chapter.order}
        chapterCount={chapters.length}
        steps={chapter.steps}
        scenes={scenes}
        discuss={chapter.discuss}
        nextChapter={nextChapter?.title}
        pictures={stepPictures(chapter.steps, scenes)}
        t={{ presenter: t.presenter, lecture: t.lecture, theme: t.theme }}
      >
        <Body components={slotComponents(LANG)} />
      </PresenterView>
    </>
  );
}
