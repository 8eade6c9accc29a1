import type { Metadata } from 'next';
import { EmbedView } from '@/components/embed/embed-view';
import { loadChapterBody, SLOT_COMPONENTS } from '@/components/stepper/chapter-body';
import { QueryPendingScript } from '@/components/stepper/query-pending';
import { chapterBySlug, loadChapters } from '@/lib/content/load-chapters';
import { scenesOf } from '@/lib/scene/registry';
import { chapterPath } from '@/lib/site';
import '@/app/styles/embed.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadChapters().map((chapter) => ({ slug: chapter.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chapter = chapterBySlug((await params).slug);
  return {
    title: chapter.title,
    description: chapter.summary,
    alternates: { canonical: chapterPath(chapter.slug) },
    robots: { index: false, follow: true },
  };
}

/** A chapter without site chrome, for a frame in a course page (see README, "Embedding"). */
export default async function EmbedPage({ params }: Props) {
  const chapter = chapterBySlug((await params).slug);
  const Body = await loadChapterBody(chapter);
  return (
    <>
      <QueryPendingScript />
      <EmbedView slug={chapter.slug} title={chapter.title} steps={chapter.steps} scenes={scenesOf(chapter.steps)}>
        <Body components={SLOT_COMPONENTS} />
      </EmbedView>
    </>
  );
}
