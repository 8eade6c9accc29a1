import { bareChapterMetadata, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { slotComponents } from '@/components/lecture/slot-components';
import { LectureMode, type LectureNeighbour } from '@/components/lecture/lecture-mode';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import type { Chapter } from '@/lib/content/types';
import { chapterBySlug, loadEdition } from '@/content';
import { scenesOfIn } from '@/content/scenes/in-lang';
import type { Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';

type Props = BareChapterProps;

function neighbour(chapter: Chapter | undefined): LectureNeighbour | undefined {
  return chapter && { slug: chapter.slug, title: chapter.title, stepCount: chapter.steps.length };
}

/** Lecture mode: one chapter on a projector, a step at a time. */
async function LecturePage({ params, lang }: Props & { lang: Lang }) {
  const chapters = loadEdition(lang);
  const chapter = chapterBySlug((await params).slug, chapters);
  const index = chapters.indexOf(chapter);
  const Body = await loadChapterBody(chapter);
  const t = clientMessages(lang);
  return (
    <>
      <QueryPendingScript />
      <LectureMode
        lang={lang}
        slug={chapter.slug}
        title={chapter.title}
        order={chapter.order}
        chapterCount={chapters.length}
        steps={chapter.steps}
        scenes={scenesOfIn(chapter.steps, lang)}
        previous={neighbour(chapters[index - 1])}
        next={neighbour(chapters[index + 1])}
        t={{ lecture: t.lecture, chapter: t.chapter, theme: t.theme, scrolly: t.scrolly }}
      >
        <Body components={slotComponents(lang)} />
      </LectureMode>
    </>
  );
}

/** The lecture route in `lang` (app/(en)/… and app/zh/…). */
export function lectureRoute(lang: Lang) {
  return {
    generateStaticParams: () => loadEdition(lang).map((chapter) => ({ slug: chapter.slug })),
    generateMetadata: (props: Props) => bareChapterMetadata(props, messages(lang).lecture.pageTitle, lang),
    Page: (props: Props) => <LecturePage {...props} lang={lang} />,
  };
}
