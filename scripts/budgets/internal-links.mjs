// Budget: no broken internal link. Every href, src and srcset in every exported page, every
// absolute site URL in a <meta content> (share cards, og:url) and every site URL in the JSON the
// site publishes (the manifest, oEmbed) must name a file in out/, and every #fragment an id
// (or <a name>) on the page it points at. "Internal" is a relative URL, an absolute path or an
// absolute URL on the site's own origin (SITE_URL, http://localhost:3000 by default); under a base
// path, only paths inside that folder name files in out/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTags } from './html-tags.mjs';
import { OUT, SITE_ORIGIN, fileOfPath, filesEnding, pathOfFile, printTable, requireBuild } from './out-dir.mjs';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data'];

/** The URLs a page refers to, as written, with the tag they came from. */
function referencesIn(html) {
  const refs = [];
  for (const { name, attrs } of startTags(html)) {
    for (const key of URL_ATTRIBUTES) if (attrs[key] !== undefined) refs.push({ tag: name, url: attrs[key] });
    for (const candidate of (attrs.srcset ?? attrs.imagesrcset ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ tag: name, url });
    }
    if (name === 'meta' && /^https?:\/\//.test(attrs.content ?? '')) refs.push({ tag: 'meta', url: attrs.content });
  }
  return refs;
}

/** Every string in a JSON value that is an absolute URL on the site's origin. */
function siteUrlsIn(value) {
  if (typeof value === 'string') return value.startsWith(`${SITE_ORIGIN}/`) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(siteUrlsIn);
  return [];
}

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const ids = new Set();
    for (const { name, attrs } of startTags(readFileSync(join(OUT, file), 'utf8'))) {
      if (attrs.id) ids.add(attrs.id);
      if (name === 'a' && attrs.name) ids.add(attrs.name);
    }
    idsCache.set(file, ids);
  }
  return idsCache.get(file);
}

/** Why `raw`, found on the page served at `base`, is broken; null when it is fine or external. */
function problemWith(raw, base, counts) {
  if (/^(mailto|tel|data|javascript|blob):/i.test(raw.trim())) return null;
  let url;
  try {
    url = new URL(raw, base);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.origin !== SITE_ORIGIN) return null;
  counts.links += 1;
  const pathname = decodeURIComponent(url.pathname);
  const file = fileOfPath(pathname);
  if (!file) return `${raw} -> no file in out/ for ${pathname}`;
  counts.targets.add(file);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment || fragment === 'top' || !file.endsWith('.html')) return null;
  counts.fragments += 1;
  return idsOf(file).has(fragment) ? null : `${raw} -> ${file} has no id "${fragment}"`;
}

requireBuild();
const counts = { links: 0, fragments: 0, targets: new Set() };
const broken = [];
const pages = filesEnding('.html');
for (const page of pages) {
  const base = `${SITE_ORIGIN}${pathOfFile(page)}`;
  for (const { tag, url } of referencesIn(readFileSync(join(OUT, page), 'utf8'))) {
    const problem = problemWith(url, base, counts);
    if (problem) broken.push(`${page} <${tag}>: ${problem}`);
  }
}
const documents = filesEnding('.json');
for (const document of documents) {
  for (const url of siteUrlsIn(JSON.parse(readFileSync(join(OUT, document), 'utf8')))) {
    const problem = problemWith(url, SITE_ORIGIN, counts);
    if (problem) broken.push(`${document}: ${problem}`);
  }
}

console.log(`Internal links and fragments (site origin ${SITE_ORIGIN})`);
printTable([
  ['pages', 'JSON files', 'links checked', 'fragments checked', 'distinct targets', 'broken'],
  [pages.length, documents.length, counts.links, counts.fragments, counts.targets.size, broken.length],
]);
if (broken.length > 0) {
  console.error(`\nBroken internal links:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
