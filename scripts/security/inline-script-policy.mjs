// After `next build`: gives every exported page a <meta http-equiv="Content-Security-Policy">
// that allows its own inline scripts by their sha256 hashes, and no others.
//
// Why a <meta> and not the host's header: the static export inlines each page's React Server
// Components payload as <script>self.__next_f.push(...)</script>, so every page has different
// inline scripts, and they change with every build and every edit of the prose. A header policy
// per page would need one host rule per page (Cloudflare Pages allows 100), a generated
// vercel.json, and would still miss the 404 page, which hosts serve at any unknown address. The
// meta policy travels with the page to any host. The header policy (public/_headers,
// vercel.json) adds what a <meta> cannot carry, frame-ancestors; a browser enforces both, so a
// script runs only if both allow it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts } from '../budgets/html-tags.mjs';
import { OUT, filesEnding, requireBuild } from '../budgets/out-dir.mjs';

const CHARSET = '<meta charSet="utf-8"/>';
const EXISTING = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

const hash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = (bodies) => [...new Set(bodies.map(hash))].join(' ');

/**
 * The page's policy. Styles stay inline-able: React writes style props into the HTML as
 * attributes, and embeds and lecture mode add a <style> at run time to hide the page until the
 * address's query is applied. CSS cannot run script, and default-src 'self' keeps it from
 * loading anything from elsewhere.
 */
export function pagePolicy(html) {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(inlineScripts(html))}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

requireBuild();
const pages = filesEnding('.html');
for (const page of pages) {
  const path = join(OUT, page);
  const html = readFileSync(path, 'utf8').replace(EXISTING, '');
  if (!html.includes(CHARSET)) {
    console.error(`${page}: no ${CHARSET} to put the Content-Security-Policy after`);
    process.exit(1);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}"/>`;
  writeFileSync(path, html.replace(CHARSET, `${CHARSET}${meta}`));
}
console.log(`Content-Security-Policy with inline script hashes written into ${pages.length} pages`);
