// Programmatic scrolls (window.scrollTo from a rAF loop) of a page end to end in Chromium at each
// viewport, pace and CPU speed: frame times, long tasks, main-thread CPU per frame from a trace,
// and the scene the diagram ends on. Wheel input is wheel-frames.mjs.
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { scrollToBottom } from './in-page-scroll.mjs';
import { mainThreadCpu, TRACE_CATEGORIES } from './main-thread-trace.mjs';
import { frameFigures, recordWhile } from './record-frames.mjs';

const FRAME_MS = 1000 / 60;

/**
 * The phone at a scale factor of 1: this machine has no GPU, and rastering 3× the pixels in
 * software would measure the rasteriser, not the page.
 */
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
};

/** A reader's pace is 60 px a frame; a fling jumps a whole screen a frame. Both in px/ms. */
const PACES = {
  reader: () => 60 / FRAME_MS,
  fling: (viewportHeight) => viewportHeight / FRAME_MS,
};

const CPU_RATES = [1, 4];
const SETTLE_MS = 800;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * Loads the page and waits until it is ready to be read: `load`, then, on a page with the live
 * diagram, until its live region speaks (the scroll engine has measured and hydrated).
 */
export async function openReady(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let hydrated = null;
  if (await page.locator('[data-diagram]').count()) {
    hydrated = await page
      .waitForFunction(() => document.querySelector('[data-diagram] [aria-live]')?.textContent?.trim(), null, {
        timeout: 20_000,
      })
      .then(() => true)
      .catch(() => false);
  }
  // Let the effects of hydration finish, so the first frames measured are scrolling frames.
  await page.waitForTimeout(300);
  return { page, hydrated };
}

/** One scroll of a freshly loaded page, optionally under a Chromium trace. */
async function scrollOnce(context, url, { viewportName, rate, paceName }, traced) {
  const { page, hydrated } = await openReady(context, url);
  // Slowed down only once loaded: this measures scrolling; Lighthouse measures loading.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const pxPerMs = PACES[paceName](VIEWPORTS[viewportName].viewport.height);
  const browser = context.browser();
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const recorded = await recordWhile(page, () =>
    page.evaluate(scrollToBottom, { pxPerMs, settleMs: SETTLE_MS, timeoutMs: 60_000 }),
  );
  const result = { ...recorded, ...recorded.acted };
  const trace = traced ? (await browser.stopTracing()).toString('utf8') : null;
  await page.close();
  return { hydrated, result, trace };
}

/**
 * Two scrolls of the same page: one untraced, for the frame times, long tasks and end scene
 * (tracing takes CPU from a 2-core machine and would lengthen the very frames it watches), then
 * one under a trace, for the main thread's CPU time per frame.
 */
async function measureOneScroll(context, url, { viewportName, rate, paceName, expectScene }) {
  const how = { viewportName, rate, paceName };
  const { hydrated, result } = await scrollOnce(context, url, how, false);
  const traced = await scrollOnce(context, url, how, true);
  const cpu = mainThreadCpu(traced.trace, {
    clockMarkMs: traced.result.clockMark,
    frameStartsMs: traced.result.frameStarts,
  });
  return {
    viewport: viewportName,
    cpuSlowdown: rate,
    pace: paceName,
    hydrated,
    ...frameFigures(result),
    mainThreadCpu: cpu,
    scrollMs: Math.round(result.scrollMs),
    reachedBottom: result.reachedBottom,
    activeScene: result.activeScene,
    sceneRight: expectScene ? result.activeScene === expectScene && traced.result.activeScene === expectScene : null,
  };
}

/**
 * Every viewport × CPU speed × pace for one URL, each on a freshly loaded page, plus the script
 * URLs the page fetched (to catch chunks loaded after the HTML's own list).
 */
export async function measureScrolling(browser, url, expectScene) {
  const runs = [];
  const scriptsFetched = new Set();
  for (const [viewportName, options] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext(options);
    context.on('request', (request) => {
      if (request.resourceType() === 'script') scriptsFetched.add(new URL(request.url()).pathname);
    });
    for (const rate of CPU_RATES) {
      for (const paceName of Object.keys(PACES)) {
        runs.push(await measureOneScroll(context, url, { viewportName, rate, paceName, expectScene }));
      }
    }
    await context.close();
  }
  return { runs, scriptsFetched: [...scriptsFetched].sort() };
}
