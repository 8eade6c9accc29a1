// First-load JS and CSS of a built page: what its HTML makes the browser fetch before it is
// interactive, each file gzipped here at level 9, the way a host that pre-compresses serves it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

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

/**
 * Script URLs a modern browser loads from the HTML: script tags (not `nomodule`, which it
 * skips), modulepreload and preload-as-script links; and stylesheet URLs. Each listed once.
 */
export function assetUrlsOf(html) {
  const { document } = new JSDOM(html).window;
  const attr = (selector, name) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name));
  const scripts = [
    ...attr('script[src]:not([nomodule])', 'src'),
    ...attr('link[rel="modulepreload"]', 'href'),
    ...attr('link[rel="preload"][as="script"]', 'href'),
  ];
  const styles = [...attr('link[rel="stylesheet"]', 'href'), ...attr('link[rel="preload"][as="style"]', 'href')];
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Raw and gzip -9 size of one built file, by its URL path on the site. */
export function sizeOfFile(outDir, url) {
  const source = readFileSync(join(outDir, new URL(url, 'http://site.invalid').pathname));
  return {
    url,
    bytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    hints: url.endsWith('.js') ? hintsFor(source.toString('utf8')) : [],
  };
}

const total = (files) => files.reduce((sum, file) => sum + file.gzipBytes, 0);

/** Sizes of every first-load script and stylesheet of one built HTML file. */
export function measureFirstLoad(outDir, htmlFile) {
  const html = readFileSync(htmlFile);
  const { scripts, styles } = assetUrlsOf(html.toString('utf8'));
  const js = scripts.map((url) => sizeOfFile(outDir, url)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const css = styles.map((url) => sizeOfFile(outDir, url));
  return {
    jsGzipBytes: total(js),
    cssGzipBytes: total(css),
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    js,
    css,
  };
}
