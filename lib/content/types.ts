import type { CheckQuestion } from '@/lib/check/types';
import type { Lang } from '@/lib/i18n/lang';
import type { SceneId } from '@/lib/scene/types';

/** One step of a chapter: a stretch of prose and the scene the diagram shows beside it. */
export interface ChapterStep {
  /** Unique on the page; the `id` attribute, else the scene id. */
  id: string;
  scene: SceneId;
  /**
   * Why the step matters, in one short sentence (the `point` attribute): the line a share card
   * and a link preview lead with. The scene's description says what the picture shows.
   */
  point?: string;
  /** The step's teaching note (`<Teach>`): what to ask, what to point at. For the presenter view. */
  teach?: string;
}

/** What the site knows about a chapter without rendering it. */
export interface Chapter {
  /** File name inside content/chapters, e.g. `01-the-teardown.mdx`. */
  file: string;
  slug: string;
  order: number;
  title: string;
  summary: string;
  steps: ChapterStep[];
  /** The self-check's questions (`<SelfCheck>`), in order; none when the chapter has none. */
  check: CheckQuestion[];
  /** The discussion questions (`<Discuss>`'s list), as plain text. */
  discuss: string[];
  /** The language it is written in. */
  lang: Lang;
  /**
   * The length of its reading prose (the discussion questions, teaching notes and self-check
   * are not counted): words in English, characters in Chinese (lib/content/reading.ts).
   */
  words: number;
  /** Minutes at an unhurried reading pace, at least one. */
  readingMinutes: number;
}
