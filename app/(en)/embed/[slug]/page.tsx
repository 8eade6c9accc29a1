import type { Metadata } from 'next';
import { bareChapterMetadata, chapterSlugParams, type BareChapterProps } from '@/app/_shared/bare-chapter-route';
import { EmbedView } from '@/components/embed/embed-view';
import { loadChapterBody } from '@/components/chapter/load-chapter-body';
import { SLOT_COMPONENTS } from '@/components/lecture/slot-components';
import { QueryPendingScript } from '@/components/hooks/query-pending';
import { chapterBySlug } from '@/content';
import { scenesOf } from '@/content/scenes';
import '@/app/styles/embed.css';

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
  return (
    <>
      <QueryPendingScript />
      <EmbedView
        slug={chapter.slug}
        title={chapter.title}
        steps={chapter.steps}
        scenes={scenesOf(chapter.steps)}
        check={chapter.check}
      >
        <Body components={SLOT_COMPONENTS} />
      </EmbedView>
    </>
  );
}
