// First-load JS and CSS of a built page. Which scripts count and how they are weighed is the
// first-load budget's own counter (scripts/budgets/loaded-scripts.mjs), so the bench and
// `npm run test:budgets` cannot disagree; this file only adds stylesheets and content hints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTags } from '../budgets/html-tags.mjs';
import { gzipSize, loadedScripts } from '../budgets/loaded-scripts.mjs';

/**
 * Strings that survive minification and tell what a chunk holds. They are hints for a reader
 * of the report hunting the big contributors, not an exact attribution.
 */
const CONTENT_HINTS = [
  ['react-dom', '__reactContainer'],
  ['next router', 'next-router'],
  ['motion', 'MotionValue'],
  ['d3-color', 'aliceblue'],
  ['d3-interpolate', '(?:\\d+\\.?\\d*|\\.?\\d+)'],
  ['d3-path (d3-shape)', 'negative radius'],
  ['live diagram', 'data-active-scene'],
  ['scene data', 'platform-full'],
];

function hintsFor(source) {
  return CONTENT_HINTS.filter(([, marker]) => source.includes(marker)).map(([name]) => name);
}

/** Stylesheets the page loads: stylesheet links and style preloads, each once. */
function stylesheetsOf(html) {
  const urls = startTags(html).flatMap(({ name, attrs }) => {
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name !== 'link' || !attrs.href) return [];
    if (rels.includes('stylesheet') || (rels.includes('preload') && attrs.as === 'style')) return [attrs.href];
    return [];
  });
  return [...new Set(urls)];
}

/** Raw and gzip -9 size of one built file, by its URL path on the site. */
export function sizeOfFile(outDir, url) {
  const source = readFileSync(join(outDir, new URL(url, 'http://site.invalid').pathname));
  return {
    url,
    bytes: source.length,
    gzipBytes: gzipSize(source),
    hints: url.endsWith('.js') ? hintsFor(source.toString('utf8')) : [],
  };
}

const total = (files) => files.reduce((sum, file) => sum + file.gzipBytes, 0);

/** Sizes of every first-load script and stylesheet of one built HTML file. */
export function measureFirstLoad(outDir, htmlFile) {
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const js = loadedScripts(text)
    .map((url) => sizeOfFile(outDir, url))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const css = stylesheetsOf(text).map((url) => sizeOfFile(outDir, url));
  return {
    jsGzipBytes: total(js),
    cssGzipBytes: total(css),
    htmlGzipBytes: gzipSize(html),
    js,
    css,
  };
}
