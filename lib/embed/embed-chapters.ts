import type { Chapter } from '@/lib/content/types';
import { getScene } from '@/lib/scene/registry';

/** What the Embed dialog needs to know of a chapter: plain data, so no scene code ships with it. */
export interface EmbedChapter {
  slug: string;
  title: string;
  steps: { id: string; title: string }[];
}

/** The chapters as the Embed dialog lists them; called on the server. */
export function embedChapters(chapters: readonly Chapter[]): EmbedChapter[] {
  return chapters.map((chapter) => ({
    slug: chapter.slug,
    title: chapter.title,
    steps: chapter.steps.map((step) => ({ id: step.id, title: getScene(step.scene).title })),
  }));
}
