// The main thread at start, at 4× CPU: the CPU is throttled before navigation, a buffered
// PerformanceObserver installed before any of the page's scripts notes every long task, and
// ~5 s after `load` the bench reads them. Reported per load: a TBT-like sum of each task's time
// over 50 ms (from navigation, not Lighthouse's FCP-to-TTI window) and the longest task.
import { WHEEL_VIEWPORTS } from './wheel-frames.mjs';

const START_CPU_RATE = 4;
const AFTER_LOAD_MS = 5_000;
const BLOCKING_OVER_MS = 50;

/** Runs before the page's own scripts, in every document of the context. */
function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push({ startMs: entry.startTime, ms: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** The TBT-like figure and the longest task of a list of long tasks (pure). */
function startFigures(longTasks) {
  const blocking = longTasks.reduce((sum, task) => sum + Math.max(0, task.ms - BLOCKING_OVER_MS), 0);
  return {
    blockingMs: Math.round(blocking),
    longestTaskMs: Math.round(longTasks.reduce((longest, task) => Math.max(longest, task.ms), 0)),
    longTasks: longTasks.length,
  };
}

/** One cold load (a new context: empty cache) on the phone viewport at 4× CPU. */
async function loadOnce(browser, url) {
  const context = await browser.newContext(WHEEL_VIEWPORTS.phone);
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: START_CPU_RATE });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const longTasks = await page.evaluate(() =>
    window.__benchLongTasks.map((task) => ({ startMs: Math.round(task.startMs), ms: Math.round(task.ms) })),
  );
  await context.close();
  return { ...startFigures(longTasks), tasks: longTasks };
}

/** `runs` cold loads, one after another. */
export async function measureStart(browser, url, runs) {
  const loads = [];
  for (let i = 0; i < runs; i += 1) loads.push(await loadOnce(browser, url));
  return { cpuSlowdown: START_CPU_RATE, afterLoadMs: AFTER_LOAD_MS, loads };
}
