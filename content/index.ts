import path from 'node:path';
import { CHAPTERS_DIR, findChapter, readChapters } from '@/lib/content/load-chapters';
import { checkTwins } from '@/lib/content/twins';
import type { Chapter } from '@/lib/content/types';
import type { Lang } from '@/lib/i18n/lang';
import { sceneParts } from '@/lib/scene/parts';
import type { SceneId } from '@/lib/scene/types';
import { getScene, isSceneId } from './scenes';

/** The parts a scene draws that a chapter's `<Part>` may name; the same ids in every language. */
const partsOf = (scene: SceneId) => sceneParts(getScene(scene)).map((part) => part.id);

/**
 * Every chapter in `content/chapters/`, read and checked against the scenes in
 * `content/scenes/`, in reading order. A step naming a scene that no scene module exports, or a
 * `<Part>` naming nothing its step's scene draws, fails the build with the file and the name.
 */
export function loadChapters(dir = path.join(process.cwd(), CHAPTERS_DIR), lang: Lang = 'en'): Chapter[] {
  return readChapters(dir, isSceneId, lang, partsOf);
}

/** Where each language's chapters live: English in content/chapters/, the others beside it. */
export function chaptersDir(lang: Lang, root = process.cwd()): string {
  return lang === 'en' ? path.join(root, CHAPTERS_DIR) : path.join(root, 'content', lang, 'chapters');
}

/**
 * A language's edition of the chapters, checked as English is and then against English: the
 * same files with the same steps and self-check (lib/content/twins.ts), or the build fails
 * naming the file. `root` is the folder that holds content/ (a test's fixture, else the project).
 */
export function loadEdition(lang: Lang, root = process.cwd()): Chapter[] {
  const english = loadChapters(chaptersDir('en', root));
  if (lang === 'en') return english;
  const dir = chaptersDir(lang, root);
  const twins = loadChapters(dir, lang);
  checkTwins(english, twins, path.relative(process.cwd(), dir));
  return twins;
}

/** The chapter with this slug; throws for an unknown one (routes only ask for known slugs). */
export function chapterBySlug(slug: string, chapters = loadChapters()): Chapter {
  return findChapter(chapters, slug);
}
