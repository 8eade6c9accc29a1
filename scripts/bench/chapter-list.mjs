// The chapters to measure, read from the site's own machine-readable table of contents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Chapters from out/api/chapters.json. Its URLs are absolute on the site's configured host
 * (localhost:3000 by default), so only their pathnames are kept.
 */
export function readChapters(outDir, onlySlug) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'api', 'chapters.json'), 'utf8'));
  const chapters = manifest.chapters.map((chapter) => ({
    slug: chapter.slug,
    path: new URL(chapter.url).pathname,
    steps: chapter.steps.map(({ id, scene }) => ({ id, scene })),
  }));
  if (!onlySlug) return chapters;
  const picked = chapters.filter((chapter) => chapter.slug === onlySlug);
  if (picked.length === 0) {
    throw new Error(`No chapter "${onlySlug}"; known: ${chapters.map((c) => c.slug).join(', ')}`);
  }
  return picked;
}

/** The built HTML file of a page path such as /chapters/the-teardown/ (trailing-slash export). */
export function htmlFileOf(outDir, path) {
  return join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
}
