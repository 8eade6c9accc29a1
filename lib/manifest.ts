import type { Chapter } from '@/lib/content/types';
import type { Scene, SceneId } from '@/lib/scene/types';
import { absoluteUrl, chapterPath, embedPath, lecturePath, stepPath, stepSharePath } from '@/lib/site';

/** The public, machine-readable table of contents served at /api/chapters.json. */
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

/** The table of contents of these chapters; `getScene` gives each step's description. */
export function buildManifest(chapters: readonly Chapter[], getScene: (id: SceneId) => Scene): Manifest {
  return {
    teachUrl: absoluteUrl('/teach/'),
    chapters: chapters.map((chapter) => ({
      slug: chapter.slug,
      title: chapter.title,
      summary: chapter.summary,
      order: chapter.order,
      url: absoluteUrl(chapterPath(chapter.slug)),
      embedUrl: absoluteUrl(embedPath(chapter.slug)),
      presentUrl: absoluteUrl(lecturePath(chapter.slug)),
      readingMinutes: chapter.readingMinutes,
      steps: chapter.steps.map((step) => ({
        id: step.id,
        scene: step.scene,
        description: getScene(step.scene).description,
        url: absoluteUrl(stepPath(chapter.slug, step.id)),
        shareUrl: absoluteUrl(stepSharePath(chapter.slug, step.id)),
      })),
    })),
  };
}
