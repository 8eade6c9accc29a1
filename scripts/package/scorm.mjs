// `npm run package:scorm`: the SCORM 1.2 package an instructor uploads to an LMS (Moodle,
// Canvas, Blackboard, ...). It builds the site a second time into .hosts/scorm-site/ (out/ is
// left alone), makes every page's URLs relative so that it works from whatever folder the LMS
// unpacks it into, and zips each chapter's stepper embed, the files they load and an
// imsmanifest.xml into dist/thin-middle-scorm12.zip.
//
// Why relative: an LMS serves a package from a folder of its own choosing, e.g.
// /pluginfile.php/81/mod_scorm/content/3/. So the build uses a placeholder base path, and each
// page's references to it become paths relative to that page ('../../_next/...'); scripts
// load further chunks from TURBOPACK_CHUNK_BASE_PATH, which each page sets to that same prefix.
// SITE_URL, if set, is the public site: "Read the full chapter" in the package links there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parseSiteUrl } from '../site/site-url.mjs';
import { scormManifest } from './scorm-manifest.mjs';

const ROOT = process.cwd();
export const PACKAGE_ROOT = '/__package_root__';
const PLACEHOLDER_URL = `https://package.invalid${PACKAGE_ROOT}`;
const SITE_DIR = '.hosts/scorm-site';
const ZIP = join(ROOT, 'dist', 'thin-middle-scorm12.zip');

const publicSite = process.env.SITE_URL?.trim() ? parseSiteUrl(process.env.SITE_URL) : null;
if (publicSite?.error) {
  console.error(publicSite.error);
  process.exit(1);
}

function run(args, env) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = {
  SITE_URL: PLACEHOLDER_URL,
  SITE_PACKAGE: 'scorm',
  SITE_PUBLIC_URL: publicSite?.url ?? '',
  SITE_OUT_DIR: SITE_DIR,
};
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
rmSync(join(ROOT, SITE_DIR), { recursive: true, force: true });
run([nextBin, 'build'], env);

const out = join(ROOT, SITE_DIR);

/** Every file under `dir`, relative to it, with '/' separators. */
function walk(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The path from file `file`'s folder back to the package root, '' or ending in '/'. */
const toRoot = (file) => {
  const up = posix.relative(posix.dirname(`/${file}`), '/');
  return up ? `${up}/` : '';
};

/** Turns the placeholder's absolute URLs in `file` into URLs relative to that file. */
function relativize(file) {
  const path = join(out, file);
  const rel = toRoot(file) || './';
  let text = readFileSync(path, 'utf8')
    .replaceAll(`${PLACEHOLDER_URL}/`, rel)
    .replaceAll(`${PACKAGE_ROOT}/`, rel)
    .replaceAll(`"${PLACEHOLDER_URL}"`, `"${rel}"`)
    .replaceAll(`"${PACKAGE_ROOT}"`, `"${rel}"`);
  if (file.endsWith('.html')) {
    // Written exactly as the page's <script src> attributes are: the chunk loader matches the
    // chunks the page already loads by that text, and loads the others relative to the page.
    const chunks = `<script>self.TURBOPACK_CHUNK_BASE_PATH="${rel}_next/"</script>`;
    text = text.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${chunks}`);
  }
  writeFileSync(path, text);
}

const files = walk(out);
const pages = files.filter((f) => /^embed\/[^/]+\/index\.html$/.test(f));
const assets = files.filter((f) => f.startsWith('_next/static/') && !f.endsWith('.map'));
for (const file of [...pages, ...assets.filter((f) => f.endsWith('.css'))]) relativize(file);

// The pages' inline scripts changed: give them a policy for what they hold now.
run([join(ROOT, 'scripts/security/inline-script-policy.mjs')], { SITE_OUT_DIR: SITE_DIR, SITE_URL: PLACEHOLDER_URL });

const { chapters } = JSON.parse(readFileSync(join(out, 'api/chapters.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = scormManifest({
  identifier: 'thin-middle',
  version: pkg.version,
  title: 'The Thinning Middle',
  description: pkg.description,
  chapters: chapters.map((c) => ({ slug: c.slug, title: c.title, launch: `embed/${c.slug}/index.html` })),
  assets: [...assets, 'icon.svg'],
});
writeFileSync(join(out, 'imsmanifest.xml'), manifest);

const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
for (const file of [...pages, ...assets, 'icon.svg']) entries[file] = new Uint8Array(readFileSync(join(out, file)));
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
mkdirSync(dirname(ZIP), { recursive: true });
writeFileSync(ZIP, zip);
console.log(
  `SCORM 1.2 package: ${relative(ROOT, ZIP)} (${(zip.length / 1024).toFixed(0)} KB, ${chapters.length} chapters, ${Object.keys(entries).length} files)`,
);
