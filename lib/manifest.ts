import type { Chapter } from '@/lib/content/types';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { Scene, SceneId } from '@/lib/scene/types';
import { absoluteUrl, chapterPath, embedPath, lecturePath, stepPath, stepSharePath, teachPath } from '@/lib/site';

/** The public, machine-readable table of contents served at /api/chapters.json (Chinese: /zh/api/chapters.json). */
export interface Manifest {
  /** The instructors' page: lecture links, embed codes, questions, answers, the course package. */
  teachUrl: string;
  chapters: {
    slug: string;
    title: string;
    summary: string;
    order: number;
    url: string;
    embedUrl: string;
    presentUrl: string;
    readingMinutes: number;
    steps: { id: string; scene: string; description: string; url: string; shareUrl: string }[];
  }[];
}

/**
 * The table of contents of these chapters; `getScene` gives each step's description. Its URLs are
 * in the edition of `lang` (give the chapters and scenes of that language too).
 */
export function buildManifest(
  chapters: readonly Chapter[],
  getScene: (id: SceneId) => Scene,
  lang: Lang = DEFAULT_LANG,
): Manifest {
  return {
    teachUrl: absoluteUrl(teachPath(lang)),
    chapters: chapters.map((chapter) => ({
      slug: chapter.slug,
      title: chapter.title,
      summary: chapter.summary,
      order: chapter.order,
      url: absoluteUrl(chapterPath(chapter.slug, lang)),
      embedUrl: absoluteUrl(embedPath(chapter.slug, lang)),
      presentUrl: absoluteUrl(lecturePath(chapter.slug, lang)),
      readingMinutes: chapter.readingMinutes,
      steps: chapter.steps.map((step) => ({
        id: step.id,
        scene: step.scene,
        description: getScene(step.scene).description,
        url: absoluteUrl(stepPath(chapter.slug, step.id, lang)),
        shareUrl: absoluteUrl(stepSharePath(chapter.slug, step.id, lang)),
      })),
    })),
  };
}
