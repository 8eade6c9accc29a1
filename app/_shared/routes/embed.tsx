import { bareChapterMetadata, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { EmbedView } from '@/components/embed/embed-view';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { slotComponents } from '@/components/lecture/slot-components';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { chapterBySlug, loadEdition } from '@/content';
import { scenesOfIn } from '@/content/scenes/in-lang';
import type { Lang } from '@/lib/i18n/lang';
import { clientMessages } from '@/lib/i18n/messages';

type Props = BareChapterProps;

/** A chapter without site chrome, for a frame in a course page (see README, "Embedding"). */
async function EmbedPage({ params, lang }: Props & { lang: Lang }) {
  const chapter = chapterBySlug((await params).slug, loadEdition(lang));
  const Body = await loadChapterBody(chapter);
  const t = clientMessages(lang);
  return (
    <>
      <QueryPendingScript />
      <EmbedView
        lang={lang}
        slug={chapter.slug}
        title={chapter.title}
        steps={chapter.steps}
        scenes={scenesOfIn(chapter.steps, lang)}
        check={chapter.check}
        t={{
          embedFrame: t.embedFrame,
          lecture: t.lecture,
          chapter: t.chapter,
          scrolly: t.scrolly,
          check: t.check,
          siteName: t.site.name,
        }}
      >
        <Body components={slotComponents(lang)} />
      </EmbedView>
    </>
  );
}

/** The embed route in `lang` (app/(en)/… and app/zh/…). */
export function embedRoute(lang: Lang) {
  return {
    generateStaticParams: () => loadEdition(lang).map((chapter) => ({ slug: chapter.slug })),
    generateMetadata: (props: Props) => bareChapterMetadata(props, undefined, lang),
    Page: (props: Props) => <EmbedPage {...props} lang={lang} />,
  };
}
