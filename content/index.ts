import path from 'node:path';
import { CHAPTERS_DIR, findChapter, readChapters } from '@/lib/content/load-chapters';
import type { Chapter } from '@/lib/content/types';
import { isSceneId } from './scenes';

/**
 * Every chapter in `content/chapters/`, read and checked against the scenes in
 * `content/scenes/`, in reading order. A step naming a scene that no scene module exports fails
 * the build with the file and the scene.
 */
export function loadChapters(dir = path.join(process.cwd(), CHAPTERS_DIR)): Chapter[] {
  return readChapters(dir, isSceneId);
}

/** The chapter with this slug; throws for an unknown one (routes only ask for known slugs). */
export function chapterBySlug(slug: string, chapters = loadChapters()): Chapter {
  return findChapter(chapters, slug);
}
