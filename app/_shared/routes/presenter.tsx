import { bareChapterMetadata, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { PresenterView } from '@/components/lecture/presenter-view';
import { slotComponents } from '@/components/lecture/slot-components';
import { stepPictures } from '@/components/lecture/step-pictures';
import { chapterBySlug, loadEdition } from '@/content';
import { scenesOfIn } from '@/content/scenes/in-lang';
import type { Lang } from '@/lib/i18n/lang';
import { clientMessages, messages } from '@/lib/i18n/messages';

type Props = BareChapterProps;

/** Lecture mode's second window, for the lectern: opened from /present/<slug>/ by P or its button. */
async function PresenterPage({ params, lang }: Props & { lang: Lang }) {
  const chapters = loadEdition(lang);
  const chapter = chapterBySlug((await params).slug, chapters);
  const nextChapter = chapters[chapters.indexOf(chapter) + 1];
  const Body = await loadChapterBody(chapter);
  const scenes = scenesOfIn(chapter.steps, lang);
  const t = clientMessages(lang);
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
        <Body components={slotComponents(lang)} />
      </PresenterView>
    </>
  );
}

/** The presenter route in `lang` (app/(en)/… and app/zh/…). */
export function presenterRoute(lang: Lang) {
  return {
    generateStaticParams: () => loadEdition(lang).map((chapter) => ({ slug: chapter.slug })),
    generateMetadata: (props: Props) => bareChapterMetadata(props, messages(lang).presenter.pageTitle, lang),
    Page: (props: Props) => <PresenterPage {...props} lang={lang} />,
  };
}
