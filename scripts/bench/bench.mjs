// `npm run bench`: builds the site, serves it with gzip on loopback, and for each chapter
// measures, beside a plain-HTML floor of the same text: first-load JS and CSS, Lighthouse mobile
// (median of --runs), long tasks at start at 4× CPU (median of --runs), wheel-scroll frames at 1×
// and 4× (--runs times at 4×, pooled), morph frames at 4×, and programmatic scrolls. Prints
// figures; never fails on timing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { htmlFileOf, readChapters } from './chapter-list.mjs';
import { measureFirstLoad, sizeOfFile } from './first-load-assets.mjs';
import { measureMorphs } from './morph-frames.mjs';
import { removeFloorPages, writeFloorPage } from './floor-page.mjs';
import { openLighthouse } from './lighthouse-audit.mjs';
import { longFrameCulprits } from './long-frame-culprits.mjs';
import { renderMarkdown } from './markdown-report.mjs';
import { parseOptions, USAGE } from './options.mjs';
import { launchBrowser, measureScrolling } from './scroll-frames.mjs';
import { measureStart } from './start-tasks.mjs';
import { startStaticServer } from './static-server.mjs';
import { KB } from './stats.mjs';
import { checkTargets, summariseChapter } from './summarise.mjs';
import { measureWheel } from './wheel-frames.mjs';

const OUT_DIR = 'out';
const RESULTS_DIR = 'bench-results';

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const loadAverage = () => loadavg().map((value) => Math.round(value * 10) / 10);

/**
 * Scripts the page fetched beyond its HTML's own list: chunks imported on demand and the next
 * routes' prefetches. Not first-load JS, but listed so that nothing loaded goes unseen.
 */
function scriptsAfterLoad(outDir, firstLoad, fetched) {
  const counted = new Set(firstLoad.js.map((file) => file.url));
  return fetched.filter((url) => !counted.has(url)).map((url) => sizeOfFile(outDir, url));
}

/**
 * Lighthouse `runs` times, `runs` cold starts, wheel scrolling (`runs` times at 4× CPU), morphs
 * (pages with the diagram), then programmatic scrolls. The load average beside them tells how
 * busy the machine was: timings on a shared 2-core machine move with it, which is why the floor
 * is measured in turn.
 */
async function measurePage(tools, url, { steps, runs }) {
  const startedAt = Date.now();
  const loadAverageAtStart = loadAverage();
  const expectScene = steps?.at(-1)?.scene ?? null;
  const lighthouse = [];
  for (let i = 0; tools.lighthouse && i < runs; i += 1) lighthouse.push(await tools.lighthouse.audit(url));
  const start = await measureStart(tools.browser, url, runs);
  const wheel = await measureWheel(tools.browser, url, expectScene, runs);
  const morph = steps ? await measureMorphs(tools.browser, url, steps) : null;
  const scroll = await measureScrolling(tools.browser, url, expectScene);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  log(`  ${new URL(url).pathname}: ${seconds} s, load average ${loadAverageAtStart[0]}`);
  return {
    url: new URL(url).pathname,
    loadAverageAtStart,
    seconds,
    lighthouse: tools.lighthouse ? lighthouse : null,
    start,
    wheel,
    morph,
    scroll,
  };
}

async function measureChapter(tools, origin, chapter, runs) {
  const htmlFile = htmlFileOf(OUT_DIR, chapter.path);
  const firstLoad = measureFirstLoad(OUT_DIR, htmlFile);
  // serve answers /x.html with a redirect to /x (clean URLs); ask for /x so nothing redirects.
  const floorPath = writeFloorPage(OUT_DIR, chapter.slug, htmlFile, join(RESULTS_DIR, 'floor')).replace(/\.html$/, '');
  log(`${chapter.slug}: our page`);
  const page = await measurePage(tools, origin + chapter.path, { steps: chapter.steps, runs });
  log(`${chapter.slug}: its floor`);
  const floor = await measurePage(tools, origin + floorPath, { steps: null, runs });
  return {
    slug: chapter.slug,
    path: chapter.path,
    firstLoad,
    scriptsAfterLoad: scriptsAfterLoad(OUT_DIR, firstLoad, page.scroll.scriptsFetched),
    page,
    floor,
  };
}

async function measureAll(options, chapters) {
  const server = await startStaticServer(OUT_DIR);
  const tools = { browser: null, lighthouse: null };
  try {
    tools.browser = await launchBrowser();
    if (options.lighthouse) tools.lighthouse = await openLighthouse();
    const measured = [];
    for (const chapter of chapters) {
      measured.push(await measureChapter(tools, server.origin, chapter, options.runs));
    }
    return { measured, chromium: tools.browser.version() };
  } finally {
    await tools.browser?.close();
    await tools.lighthouse?.close();
    await server.stop();
    removeFloorPages(OUT_DIR);
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  const startedAt = Date.now();
  const loadAverageBefore = loadAverage();
  if (options.build) {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  }
  if (!existsSync(join(OUT_DIR, 'api', 'chapters.json'))) throw new Error('No out/api/chapters.json: build first.');
  const chapters = readChapters(OUT_DIR, options.chapter);
  const { measured, chromium } = await measureAll(options, chapters);
  const rows = measured.map(summariseChapter);
  const results = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      chromium,
      lighthouse: measured[0]?.page.lighthouse?.[0]?.lighthouseVersion ?? null,
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      loadAverageBefore,
      loadAverageAfter: loadAverage(),
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
      options,
      units: { kilobyte: KB, gzip: 'zlib level 9 of each built file', time: 'ms' },
    },
    rows,
    targets: checkTargets(rows),
    longFrameCulprits: longFrameCulprits(measured),
    chapters: measured,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = renderMarkdown(results);
  writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS_DIR, 'bench.md'), markdown);
  console.log(markdown);
  log(`done in ${results.meta.durationSeconds} s: ${RESULTS_DIR}/bench.json, ${RESULTS_DIR}/bench.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
