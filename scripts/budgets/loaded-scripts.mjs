// Which scripts a page makes a modern browser fetch on first load, as the first-load JS budget
// counts them: script tags without `nomodule`, `modulepreload` links and `preload` links
// `as="script"` (a preloaded script is fetched at first load whether or not it runs then).
import { startTags } from './html-tags.mjs';

/** The same-site script URLs a page loads, in document order, each once. */
export function loadedScripts(html) {
  const urls = startTags(html).flatMap(({ name, attrs }) => {
    if (name === 'script' && attrs.src && !('nomodule' in attrs)) return [attrs.src];
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && attrs.href && rels.includes('modulepreload')) return [attrs.href];
    if (name === 'link' && attrs.href && rels.includes('preload') && attrs.as === 'script') return [attrs.href];
    return [];
  });
  return [...new Set(urls)];
}
