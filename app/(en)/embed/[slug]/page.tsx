import type { Metadata } from 'next';
import { bareChapterMetadata, chapterSlugParams, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { EmbedView } from '@/components/embed/embed-view';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { slotComponents } from '@/components/lecture/slot-components';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { chapterBySlug } from '@/content';
import { scenesOf } from '@/content/scenes';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { clientMessages } from '@/lib/i18n/messages';
import '@/app/styles/embed.css';

const LANG = DEFAULT_LANG;

export const dynamicParams = false;

export const generateStaticParams = chapterSlugParams;

type Props = BareChapterProps;

export function generateMetadata(props: Props): Promise<Metadata> {
  return bareChapterMetadata(props);
}

/** A chapter without site chrome, for a frame in a course page (see README, "Embedding"). */
export default async function EmbedPage({ params }: Props) {
  const chapter = chapterBySlug((await params).slug);
  const Body = await loadChapterBody(chapter);
  const t = clientMessages(LANG);
  return (
    <>
      <QueryPendingScript />
      <EmbedView
        slug={chapter.slug}
        title={chapter.title}
        steps={chapter.steps}
        scenes={scenesOf(chapter.steps)}
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
        <Body components={slotComponents(LANG)} />
      </EmbedView>
    </>
  );
}
