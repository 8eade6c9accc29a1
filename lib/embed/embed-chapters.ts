import type { Chapter } from '@/lib/content/types';
import type { Scene, SceneId } from '@/lib/scene/types';

/** What the Embed dialog needs to know of a chapter: plain data, so no scene code ships with it. */
export interface EmbedChapter {
  slug: string;
  title: string;
  steps: { id: string; title: string }[];
}

/** The chapters as the Embed dialog lists them, steps titled by their scenes; called on the server. */
export function embedChapters(chapters: readonly Chapter[], getScene: (id: SceneId) => Scene): EmbedChapter[] {
  return chapters.map((chapter) => ({
    slug: chapter.slug,
    title: chapter.title,
    steps: chapter.steps.map((step) => ({ id: step.id, title: getScene(step.scene).title })),
  }));
}
