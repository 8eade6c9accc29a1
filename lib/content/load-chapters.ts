import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '@/lib/i18n/lang';
import type { SceneId } from '@/lib/scene/types';
import { ContentError } from './errors';
import { parseChapter } from './parse-chapter';
import type { PartsOf } from './parts';
import type { Chapter } from './types';

/** Where the chapters live, relative to the project root. */
export const CHAPTERS_DIR = path.join('content', 'chapters');

/**
 * Reads and checks every chapter in `dir`, in reading order, against the scenes that exist
 * (`isScene`), and each `<Part>` against the parts its step's scene draws (`partsOf`). Runs at build time (from generateStaticParams and the manifest route), so any
 * content mistake fails the build. `loadChapters` in content/index.ts calls it with the scenes.
 */
export function readChapters(
  dir: string,
  isScene: (id: string) => id is SceneId,
  lang: Lang = 'en',
  partsOf?: PartsOf,
): Chapter[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  // Errors name the file by its path from the project, so a Chinese chapter is told from its twin.
  const where = (file: string) => path.relative(process.cwd(), path.join(dir, file));
  const chapters = files
    .map((file) => {
      try {
        return parseChapter(file, readFileSync(path.join(dir, file), 'utf8'), isScene, lang, partsOf);
      } catch (error) {
        if (error instanceof ContentError) throw new ContentError(where(file), error.detail);
        throw error;
      }
    })
    .sort((a, b) => a.order - b.order);
  chapters.forEach((chapter, index) => {
    const twin = chapters.find((other, j) => j < index && other.slug === chapter.slug);
    if (twin) throw new ContentError(where(chapter.file), `slug "${chapter.slug}" is also used by ${twin.file}`);
    if (chapter.order !== index + 1)
      throw new ContentError(where(chapter.file), `chapter order ${chapter.order} leaves a gap`);
  });
  return chapters;
}

/** The chapter with this slug; throws for an unknown one (routes only ask for known slugs). */
export function findChapter(chapters: readonly Chapter[], slug: string): Chapter {
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`No chapter "${slug}"`);
  return chapter;
}
