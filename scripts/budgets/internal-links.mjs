// Budget: no broken internal link. linkinator reads every exported page, served from out/ as a
// host serves it (under the base path, if any), and checks every link, source, srcset, meta URL
// and #fragment that stays on the site; absolute URLs on the site's own origin (SITE_URL,
// http://localhost:3000 by default) are checked against the same files. The one thing it cannot
// read, the JSON the site publishes (the manifest, oEmbed), is handed to it here: the site URLs
// inside each file become the links of a page of their own, which linkinator checks too.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { BASE_PATH, OUT, SITE_ORIGIN, filesEnding, printTable, requireBuild } from './out-dir.mjs';

/** The folder of the pages that carry the published JSON's URLs, outside any base path. */
const JSON_PAGES = '__json-urls';

/** A free port on the loopback interface, for linkinator's own static server to take. */
async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Every string in a JSON value that is an absolute URL on the site's origin. */
function siteUrlsIn(value) {
  if (typeof value === 'string') return value.startsWith(`${SITE_ORIGIN}/`) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(siteUrlsIn);
  return [];
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The folder linkinator serves, made for this run: out/ at the base path (so that a link
 * outside the base path finds nothing, as on the real host), and beside it a page per JSON
 * document whose links are that document's site URLs. Returns the pages to check.
 */
function serverRoot(root, pages, documents) {
  const mount = join(root, ...BASE_PATH.split('/').filter(Boolean));
  if (BASE_PATH) {
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(OUT, mount, 'dir');
  } else {
    for (const name of readdirSync(OUT)) symlinkSync(join(OUT, name), join(root, name));
  }
  mkdirSync(join(root, JSON_PAGES));
  const jsonPages = documents.map((document, i) => {
    // As paths: linkinator checks a fragment only on a link that needs no rewriting.
    const links = siteUrlsIn(JSON.parse(readFileSync(join(OUT, document), 'utf8'))).map((url) =>
      url.slice(SITE_ORIGIN.length),
    );
    const body = links.map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`).join('\n');
    writeFileSync(join(root, JSON_PAGES, `${i}.html`), `<!doctype html><title>${document}</title>\n${body}\n`);
    return `${JSON_PAGES}/${i}.html`;
  });
  return [...pages.map((page) => `${BASE_PATH.slice(1)}/${page}`.replace(/^\//, '')), ...jsonPages];
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

requireBuild();
const pages = filesEnding('.html');
const documents = filesEnding('.json');
const port = await freePort();
const local = `http://localhost:${port}`;
const root = mkdtempSync(join(tmpdir(), 'links-'));
// One run per page: linkinator checks a #fragment only when it fetches the target after seeing
// the link, so a target that an earlier page had already fetched would go unchecked. (For the
// same reason a #fragment on an absolute URL of the site, which is rewritten, goes unchecked.)
const links = [];
try {
  for (const page of serverRoot(root, pages, documents)) {
    const result = await new LinkChecker().check({
      path: page,
      serverRoot: root,
      port,
      concurrency: 20,
      checkFragments: true,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(SITE_ORIGIN)}(?=/|$)`), replacement: local }],
      linksToSkip: async (url) => !url.startsWith(`${local}/`),
    });
    links.push(...result.links);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
const checked = links.filter((link) => link.state !== 'SKIPPED');
/** The page a link was found on, or for a JSON document's URL, that document. */
const where = (parent = '?') => {
  const page = parent.replace(`${local}/`, '');
  const json = new RegExp(`^${JSON_PAGES}/(\\d+)\\.html$`).exec(page);
  return json ? documents[Number(json[1])] : page;
};
const broken = links
  .filter((link) => link.state === 'BROKEN')
  .map(({ url, parent, status }) => {
    const why = status === 200 && url.includes('#') ? 'no element has this id' : status || 'no answer';
    return `${where(parent)}: ${url.replace(local, '')} (${why})`;
  });

console.log(`Internal links and fragments (linkinator; site origin ${SITE_ORIGIN})`);
printTable([
  ['pages', 'JSON files', 'links checked', 'broken'],
  [pages.length, documents.length, checked.length, broken.length],
]);
if (broken.length > 0) {
  console.error(`\nBroken internal links:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
