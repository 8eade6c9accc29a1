// The floor: the same chapter's words as plain static HTML with the same stylesheet and no
// script. Whatever our page costs beyond it is the price of the live diagram and the framework.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

/** Block-level text a reader reads; figures and the per-step links are not prose. */
const TEXT_BLOCKS = 'h1, h2, h3, p, li, aside, blockquote';
/** Parts of a block that are hidden or chrome: glossary popovers, screen-reader hints, links. */
const NOT_TEXT = '.gloss-note, [hidden], .visually-hidden, .copy-link, [role="status"]';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textOf(element) {
  const copy = element.cloneNode(true);
  copy.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  // An aside's label ("Takeaway") is its own line on screen; keep a space after it in text.
  copy.querySelectorAll(':scope > strong:first-child').forEach((label) => label.after(' '));
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** Text blocks of the header, the steps' prose and the chapter's tail, in reading order. */
function readingBlocks(document) {
  const roots = document.querySelectorAll('.scrolly-header, .scrolly-prose, .chapter-tail');
  const blocks = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll(TEXT_BLOCKS)) {
      // A paragraph inside a list item or an aside is already part of that block's text.
      if (element.parentElement.closest(TEXT_BLOCKS) || element.closest('figure')) continue;
      const text = textOf(element);
      if (text) blocks.push({ tag: element.tagName.toLowerCase(), text });
    }
  }
  return blocks;
}

/** Builds the floor page's HTML from a chapter's built HTML. */
function floorHtmlFrom(chapterHtml) {
  const { document } = new JSDOM(chapterHtml).window;
  const head = [
    '<meta charset="utf-8">',
    document.querySelector('meta[name="viewport"]')?.outerHTML,
    `<title>${escapeHtml(document.title)}</title>`,
    document.querySelector('meta[name="description"]')?.outerHTML,
    // The icon too: without it the browser asks for /favicon.ico and logs a 404 in the console.
    ...[...document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]')].map((link) => link.outerHTML),
  ].filter(Boolean);
  const body = readingBlocks(document).map(({ tag, text }) => {
    const element = tag === 'li' || tag === 'aside' || tag === 'blockquote' ? 'p' : tag;
    return `<${element}>${escapeHtml(text)}</${element}>`;
  });
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}"><head>${head.join('')}</head>`,
    '<body class="bg-paper text-ink"><main class="prose prose-lg mx-auto max-w-3xl px-4 py-12">',
    ...body,
    '</main></body></html>',
    '',
  ].join('\n');
}

const FLOOR_DIR = '__bench';

/** Writes out/__bench/<slug>.html, and a copy to keep beside the results; returns its URL path. */
export function writeFloorPage(outDir, slug, chapterHtmlFile, keepDir) {
  const html = floorHtmlFrom(readFileSync(chapterHtmlFile, 'utf8'));
  for (const dir of [join(outDir, FLOOR_DIR), keepDir]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${slug}.html`), html);
  }
  return `/${FLOOR_DIR}/${slug}.html`;
}

/**
 * Takes the floor pages out of out/ again, so that nothing checking the exported site
 * (validator, link checker) mistakes them for pages of the site.
 */
export function removeFloorPages(outDir) {
  rmSync(join(outDir, FLOOR_DIR), { recursive: true, force: true });
}
