import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSceneId } from '@/lib/scene/registry';
import { ContentError } from './errors';
import { parseChapter } from './parse-chapter';
import type { Chapter } from './types';

/** Where the chapters live, relative to the project root. */
const CHAPTERS_DIR = path.join('content', 'chapters');

/**
 * Reads and checks every chapter in `dir`, in reading order. Runs at build time (from
 * generateStaticParams and the manifest route), so any content mistake fails the build.
 */
export function loadChapters(dir = path.join(process.cwd(), CHAPTERS_DIR)): Chapter[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  const chapters = files
    .map((file) => parseChapter(file, readFileSync(path.join(dir, file), 'utf8'), isSceneId))
    .sort((a, b) => a.order - b.order);
  chapters.forEach((chapter, index) => {
    const twin = chapters.find((other, j) => j < index && other.slug === chapter.slug);
    if (twin) throw new ContentError(chapter.file, `slug "${chapter.slug}" is also used by ${twin.file}`);
    if (chapter.order !== index + 1)
      throw new ContentError(chapter.file, `chapter order ${chapter.order} leaves a gap`);
  });
  return chapters;
}

/** The chapter with this slug; throws for an unknown one (routes only ask for known slugs). */
export function chapterBySlug(slug: string, chapters = loadChapters()): Chapter {
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`No chapter "${slug}"`);
  return chapter;
}
