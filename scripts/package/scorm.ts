// `npm run package:scorm` (and the first step of `npm run build`): the SCORM 1.2 packages an
// instructor uploads to an LMS (Moodle, Canvas, Blackboard, ...), one per edition. It builds the
// site a second time into .hosts/scorm-site/ (out/ is left alone), makes every page's URLs
// relative so that it works from whatever folder the LMS unpacks it into, and zips each
// chapter's stepper embed, the files they load and an imsmanifest.xml in the edition's language
// into dist/thin-middle-scorm12.zip (English) and dist/thin-middle-scorm12-zh.zip (Chinese),
// each described for the site's download (lib/scorm/package-info.ts) in a .json beside it.
//
// Why relative: an LMS serves a package from a folder of its own choosing, e.g.
// /pluginfile.php/81/mod_scorm/content/3/. So the build uses a placeholder base path, and each
// page's references to it become paths relative to that page ('../../_next/...'); scripts
// load further chunks from TURBOPACK_CHUNK_BASE_PATH, which each page sets to that same prefix.
//
// Settings: `-- --mastery 80` or SCORM_MASTERY=80, the mastery score (default 75); SITE_URL
// (or a host build's own address), the public site that "Read the full chapter" links to;
// SCORM_REUSE=1 (build:subpath), keep a package already in dist/ if it has this mastery score.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { masteryOption } from '@/lib/scorm/mastery';
import { DEFAULT_LANG, LANG_TAGS, LANGS, type Lang } from '@/lib/i18n/lang';
import { packageFiles, readPackageInfo, type PackageInfo } from '@/lib/scorm/package-info';
import { resolveSiteUrl } from '../site/site-url.mjs';
import { scormManifest } from './scorm-manifest';

const ROOT = process.cwd();
const PACKAGE_ROOT = '/__package_root__';
const PLACEHOLDER_URL = `https://package.invalid${PACKAGE_ROOT}`;
const SITE_DIR = '.hosts/scorm-site';

/** One line on stderr and exit 1: every setting is checked before the build starts. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function settings() {
  let flags;
  try {
    flags = parseArgs({ options: { mastery: { type: 'string' } } }).values;
  } catch (error) {
    fail(
      `${(error as Error).message}: the one option is --mastery <0–100>, e.g. npm run package:scorm -- --mastery 80`,
    );
  }
  const mastery =
    flags.mastery !== undefined
      ? masteryOption(flags.mastery, '--mastery')
      : masteryOption(process.env.SCORM_MASTERY, 'SCORM_MASTERY');
  if ('error' in mastery) fail(mastery.error);
  // The site's address, checked as its own build will check it (so that `npm run build` stops
  // here, not after packaging); a local build without one links nowhere rather than to localhost.
  const site = resolveSiteUrl(process.env);
  if ('error' in site) fail(site.error);
  const deployed = resolveSiteUrl(process.env, { required: true });
  return { masteryScore: mastery.score, linksTo: 'url' in deployed ? deployed.url : null };
}

const { masteryScore, linksTo } = settings();

const reusable = process.env.SCORM_REUSE === '1' ? LANGS.map((lang) => readPackageInfo(ROOT, lang)) : [];
if (reusable.length && reusable.every((info) => info?.masteryScore === masteryScore)) {
  const zips = LANGS.map((lang) => packageFiles(lang).zip).join(', ');
  console.log(`SCORM 1.2 packages: reusing ${zips} (built earlier, linking to ${reusable[0]!.linksTo ?? 'no site'})`);
  process.exit(0);
}

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
rmSync(join(ROOT, SITE_DIR), { recursive: true, force: true });
run([nextBin, 'build'], {
  SITE_URL: PLACEHOLDER_URL,
  SITE_PACKAGE: 'scorm',
  SITE_PUBLIC_URL: linksTo ?? '',
  SITE_OUT_DIR: SITE_DIR,
  // The chapters' fallback when an LMS gives no mastery score (Next inlines NEXT_PUBLIC_ values).
  NEXT_PUBLIC_SCORM_MASTERY_SCORE: String(masteryScore),
});

const out = join(ROOT, SITE_DIR);

/** Every file under `dir`, relative to it, with '/' separators. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** The path from file `file`'s folder back to the package root, '' or ending in '/'. */
const toRoot = (file: string) => {
  const up = posix.relative(posix.dirname(`/${file}`), '/');
  return up ? `${up}/` : '';
};

/** Turns the placeholder's absolute URLs in `file` into URLs relative to that file. */
function relativize(file: string) {
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
const assets = files.filter((f) => f.startsWith('_next/static/') && !f.endsWith('.map'));
/** Each edition's chapter pages: embed/<slug>/ in English, zh/embed/<slug>/ in Chinese. */
const pagesOf = (lang: Lang) => {
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return files.filter((f) => f.startsWith(`${prefix}embed/`) && /^(?:[a-z]+\/)?embed\/[^/]+\/index\.html$/.test(f));
};
for (const file of [...LANGS.flatMap(pagesOf), ...assets.filter((f) => f.endsWith('.css'))]) relativize(file);

// The pages' inline scripts changed: give them a policy for what they hold now.
run([join(ROOT, 'scripts/security/inline-script-policy.mjs')], { SITE_OUT_DIR: SITE_DIR, SITE_URL: PLACEHOLDER_URL });

const { loadEdition } = await import('@/content');
const { messages } = await import('@/lib/i18n/messages');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; description: string };

/** One edition's package: its chapters' pages, the files they load, and its manifest, in its language. */
function writePackage(lang: Lang) {
  const pages = pagesOf(lang);
  // The chapters as the build read them (the same content), for their questions.
  const chapters = loadEdition(lang).map((c) => ({
    slug: c.slug,
    title: c.title,
    launch: `${lang === DEFAULT_LANG ? '' : `${lang}/`}embed/${c.slug}/index.html`,
    questions: c.check.length,
  }));
  const missing = chapters.filter((c) => !pages.includes(c.launch));
  if (missing.length) fail(`The ${lang} package has no page for ${missing.map((c) => c.launch).join(', ')}`);
  const site = messages(lang).site;
  const manifest = scormManifest({
    identifier: lang === DEFAULT_LANG ? 'thin-middle' : `thin-middle-${lang}`,
    version: pkg.version,
    title: site.name,
    description: lang === DEFAULT_LANG ? pkg.description : site.description,
    chapters,
    assets: [...assets, 'icon.svg'],
    masteryScore,
    language: LANG_TAGS[lang],
  });
  const entries: Record<string, Uint8Array> = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  for (const file of [...pages, ...assets, 'icon.svg']) entries[file] = new Uint8Array(readFileSync(join(out, file)));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const target = packageFiles(lang);
  mkdirSync(dirname(join(ROOT, target.zip)), { recursive: true });
  writeFileSync(join(ROOT, target.zip), zip);

  const info: PackageInfo = {
    lang,
    file: target.download,
    bytes: zip.length,
    sha256: createHash('sha256').update(zip).digest('hex'),
    scormVersion: '1.2',
    masteryScore,
    chapters: chapters.length,
    questions: chapters.reduce((sum, c) => sum + c.questions, 0),
    reports: ['score', 'passed/failed', 'completed', 'resume'],
    linksTo,
  };
  writeFileSync(join(ROOT, target.info), `${JSON.stringify(info, null, 2)}\n`);
  console.log(
    `SCORM 1.2 package (${lang}): ${target.zip} (${(zip.length / 1024).toFixed(0)} KB, ${chapters.length} chapters, ` +
      `${info.questions} questions, mastery ${masteryScore}%, ${Object.keys(entries).length} files)`,
  );
}

for (const lang of LANGS) writePackage(lang);
