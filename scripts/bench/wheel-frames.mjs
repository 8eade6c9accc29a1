// Real wheel input, end to end: Node sends a mouse-wheel event (CDP Input.dispatchMouseEvent
// through Playwright's page.mouse.wheel) of 100 px every 60 ms until the page's bottom, while the
// in-page recorder notes every frame. Nothing in the page scrolls itself: the browser's own wheel
// handling (smooth scrolling, scroll events, the page's listeners) makes the frames.
import { openReady } from './scroll-frames.mjs';
import { frameFigures, frameTimesOf, recordWhile } from './record-frames.mjs';
import { tenth } from './stats.mjs';

const WHEEL_DELTA_PX = 100;
const WHEEL_EVERY_MS = 60;
const SETTLE_MS = 800;
const TIMEOUT_MS = 90_000;

/**
 * Phone and desktop. Chromium scrolls the phone context (isMobile, hasTouch) on wheel input too;
 * each run still checks that the page moved (`wheelScrolled`), and were it not to, the narrow
 * desktop viewport of the same width is measured in its place (see measureWheel).
 */
export const WHEEL_VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
};
const NARROW_DESKTOP = { viewport: { width: 390, height: 844 } };

const WHEEL_CPU_RATES = [1, 4];
/** The speed whose runs are repeated: one run's p95 there turns on a handful of frames. */
const REPEATED_RATE = 4;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const pageBottom = (page) =>
  page.evaluate(() => ({
    y: window.scrollY,
    maxY: document.documentElement.scrollHeight - window.innerHeight,
  }));

/**
 * Wheels down on a fixed clock. The number of notches is worked out from the page's height up
 * front, so that no evaluate round trip (which waits for a busy main thread) slows the input
 * down just when the page is slow; only when they are sent does it check the bottom and go on.
 */
async function wheelToBottom(page) {
  const startedAt = Date.now();
  let { y, maxY } = await pageBottom(page);
  const startY = y;
  let sent = 0;
  while (y < maxY - 2 && Date.now() - startedAt < TIMEOUT_MS) {
    const notches = Math.ceil((maxY - y) / WHEEL_DELTA_PX) + 2;
    const batchStart = Date.now();
    for (let i = 0; i < notches; i += 1) {
      await page.mouse.wheel(0, WHEEL_DELTA_PX);
      sent += 1;
      await sleep(Math.max(0, batchStart + (i + 1) * WHEEL_EVERY_MS - Date.now()));
    }
    // Smooth scrolling finishes the last notches after they are sent.
    await sleep(300);
    ({ y, maxY } = await pageBottom(page));
  }
  await sleep(SETTLE_MS);
  return { notches: sent, wheelMs: Date.now() - startedAt, scrolledPx: Math.round(y - startY) };
}

async function wheelOnce(context, url, { viewportName, rate, expectScene }) {
  const { page, hydrated } = await openReady(context, url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const { width, height } = page.viewportSize();
  // The pointer rests at the screen's middle, over no scroller: on the phone that is the step
  // text below the sticky diagram; on the desktop, the diagram's left part, so every wheel event
  // and hover update hit-tests the drawing, as it does for a reader whose pointer rests there.
  await page.mouse.move(Math.round(width / 2), Math.round(height * 0.7));
  const recorded = await recordWhile(page, () => wheelToBottom(page));
  await page.close();
  return {
    viewport: viewportName,
    cpuSlowdown: rate,
    hydrated,
    ...frameFigures(recorded),
    // Kept so that the runs of a viewport can be pooled (see pooledFramesSummary).
    frameTimes: frameTimesOf(recorded.frameStarts).map(tenth),
    ...recorded.acted,
    wheelScrolled: recorded.acted.scrolledPx > 0,
    reachedBottom: recorded.atBottom,
    activeScene: recorded.activeScene,
    sceneRight: expectScene ? recorded.activeScene === expectScene : null,
  };
}

/**
 * Every viewport × CPU speed of wheel scrolling, each on a freshly loaded page; at 4× CPU,
 * `slowRuns` times (a run is about 200 frames, so its p95 is its tenth-longest frame, and a
 * frame or two more or less moves it from 16.7 to 33.3 ms). When the wheel did not move the
 * phone context, its runs are replaced by a 390 px wide desktop viewport's, named
 * `narrow desktop`, and `phoneWheelScrolls` says so.
 */
export async function measureWheel(browser, url, expectScene, slowRuns = 1) {
  const runs = [];
  let phoneWheelScrolls = null;
  for (const [name, options] of Object.entries(WHEEL_VIEWPORTS)) {
    let context = await browser.newContext(options);
    let viewportName = name;
    for (const rate of WHEEL_CPU_RATES) {
      const times = rate === REPEATED_RATE ? slowRuns : 1;
      for (let i = 0; i < times; i += 1) {
        let run = await wheelOnce(context, url, { viewportName, rate, expectScene });
        if (name === 'phone' && phoneWheelScrolls === null) {
          phoneWheelScrolls = run.wheelScrolled;
          if (!run.wheelScrolled) {
            await context.close();
            context = await browser.newContext(NARROW_DESKTOP);
            viewportName = 'narrow desktop';
            run = await wheelOnce(context, url, { viewportName, rate, expectScene });
          }
        }
        runs.push(run);
      }
    }
    await context.close();
  }
  return { runs, phoneWheelScrolls };
}
