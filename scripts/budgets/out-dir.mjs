// The exported site in out/, as the budget checks see it: its pages, the file a URL path is
// served from (with `trailingSlash: true`, `/x/` is out/x/index.html), and its own origin.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteUrlOrExit } from '../site/site-url.mjs';

/** out/, or the folder a second build was written to (SITE_OUT_DIR, as next.config.ts reads it). */
export const OUT = join(process.cwd(), process.env.SITE_OUT_DIR || 'out');

const SITE = siteUrlOrExit();

/** The site's origin, from SITE_URL as the build read it: absolute URLs on it are internal links. */
export const SITE_ORIGIN = SITE.origin;

/** The folder the site is served from ('' at the root): every internal path starts with it. */
export const BASE_PATH = SITE.basePath;

/** Fails in one line when there is nothing to check, rather than passing on an empty folder. */
export function requireBuild() {
  if (!existsSync(join(OUT, 'index.html'))) {
    console.error(`${relative(process.cwd(), OUT)}/index.html not found: run "npm run build" first.`);
    process.exit(1);
  }
}

/** Every file under out/ whose name ends with `ext`, as paths relative to out/, sorted. */
export function filesEnding(ext, dir = OUT) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesEnding(ext, path));
    else if (name.endsWith(ext)) found.push(relative(OUT, path).split(sep).join('/'));
  }
  return found.sort();
}

/** The file under out/ that serves a URL path, or null when there is none. */
export function fileOfPath(pathname) {
  if (BASE_PATH && pathname !== BASE_PATH && !pathname.startsWith(`${BASE_PATH}/`)) return null;
  const clean = pathname.slice(BASE_PATH.length).replace(/^\/+/, '');
  const candidates = pathname.endsWith('/') ? [`${clean}index.html`] : [clean];
  for (const candidate of candidates) {
    const path = join(OUT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate;
  }
  return null;
}

/** Prints rows of equal-length arrays as an aligned table, the first row as its header. */
export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    row
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}
