// Which scripts a page makes a modern browser fetch on first load, and how they are weighed:
// the one count of first-load JS that both `npm run test:budgets` and `npm run bench` use.
// Counted: script tags without `nomodule`, the chunks a page adds after its first paint,
// `modulepreload` links and `preload` links `as="script"` (a preloaded script is fetched at
// first load whether or not it runs then), each file once, gzipped at level 9, in KB of 1,024
// bytes.
import { gzipSync } from 'node:zlib';
import { AFTER_PAINT_TYPE } from '../site/script-deferral.mjs';
import { startTags } from './html-tags.mjs';

/** The bytes in a KB. */
export const KB = 1024;

/** The most first-load JS a chapter page may load, in gzipped KB (issue 14; it was 160). */
export const FIRST_LOAD_JS_BUDGET_KB = 150;

/** Size in bytes of `bytes` (a file's contents) gzipped at level 9, as a host that pre-compresses serves it. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The same-site script URLs a page loads, in document order, each once. */
export function loadedScripts(html) {
  const urls = startTags(html).flatMap(({ name, attrs }) => {
    if (name === 'script' && attrs.src && !('nomodule' in attrs)) return [attrs.src];
    // A chunk the page's loader adds after its first paint (scripts/site/script-deferral.mjs).
    if (name === 'script' && attrs.type === AFTER_PAINT_TYPE && attrs['data-src']) return [attrs['data-src']];
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && attrs.href && rels.includes('modulepreload')) return [attrs.href];
    if (name === 'link' && attrs.href && rels.includes('preload') && attrs.as === 'script') return [attrs.href];
    return [];
  });
  return [...new Set(urls)];
}
