// Morphs on their own, at 4× CPU: on a loaded chapter page, press the diagram's Next control
// through every step, each time waiting until the diagram shows the step's scene and its morph
// has finished (a running morph marks an element inside [data-diagram] with data-morphing),
// while the in-page recorder notes every frame.
import { openReady } from './scroll-frames.mjs';
import { frameFigures, recordWhile } from './record-frames.mjs';
import { WHEEL_VIEWPORTS } from './wheel-frames.mjs';

const MORPH_CPU_RATE = 4;
const NEXT = '[data-diagram] .step-controls a:last-child';
const STEP_TIMEOUT_MS = 10_000;

/** Presses Next once per step after the first; returns how many presses timed out waiting. */
async function pressThrough(page, steps) {
  let timedOut = 0;
  for (const step of steps.slice(1)) {
    await page.locator(NEXT).click();
    try {
      await page.waitForFunction(
        (scene) => document.querySelector('[data-diagram]')?.getAttribute('data-active-scene') === scene,
        step.scene,
        { timeout: STEP_TIMEOUT_MS, polling: 'raf' },
      );
      await page.waitForFunction(() => !document.querySelector('[data-diagram] [data-morphing]'), null, {
        timeout: STEP_TIMEOUT_MS,
        polling: 'raf',
      });
    } catch {
      timedOut += 1;
    }
  }
  return { presses: steps.length - 1, timedOut };
}

/** Morph frames at 4× CPU on the phone and the desktop viewport; null for a page with no diagram. */
export async function measureMorphs(browser, url, steps) {
  const runs = [];
  for (const [viewportName, options] of Object.entries(WHEEL_VIEWPORTS)) {
    const context = await browser.newContext(options);
    const { page, hydrated } = await openReady(context, url);
    if ((await page.locator(NEXT).count()) === 0) {
      await context.close();
      return null;
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MORPH_CPU_RATE });
    const recorded = await recordWhile(page, () => pressThrough(page, steps));
    runs.push({
      viewport: viewportName,
      cpuSlowdown: MORPH_CPU_RATE,
      hydrated,
      ...frameFigures(recorded),
      ...recorded.acted,
      activeScene: recorded.activeScene,
      sceneRight: recorded.activeScene === steps.at(-1)?.scene,
    });
    await context.close();
  }
  return { runs };
}
