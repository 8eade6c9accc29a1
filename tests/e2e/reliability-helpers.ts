import type { Page } from '@playwright/test';

/** A small seeded generator (mulberry32): the same seed gives the same scrolls on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits until the page has stopped scrolling: the same scrollY for three frames in a row. */
export async function settleScroll(page: Page, maxMs = 3000) {
  await page.evaluate(async (limit) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const until = performance.now() + limit;
    let last = window.scrollY;
    let still = 0;
    while (still < 3 && performance.now() < until) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  }, maxMs);
}

/**
 * The step a desktop reader is on, worked out here rather than by the app: the last step whose
 * top is at or above the middle of the viewport (the first step when none is). At the very end
 * of the page, where no further scroll can bring a short last step up to the middle, the last
 * step whose top is on screen counts instead.
 */
export async function desktopActiveStep(page: Page, stepIds: readonly string[]): Promise<number> {
  return page.evaluate((ids) => {
    const line = window.innerHeight / 2;
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    let active = 0;
    ids.forEach((id, index) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top;
      if (top <= line || (atEnd && top < window.innerHeight)) active = index;
    });
    return active;
  }, stepIds);
}

/** The area, in CSS pixels, where the diagram covers the text of a step (0 when they are apart). */
export async function diagramOverStep(page: Page, stepId: string): Promise<number> {
  return page.evaluate((id) => {
    const a = document.querySelector('[data-diagram]')!.getBoundingClientRect();
    const b = document.querySelector(`#${CSS.escape(id)} .step-text`)!.getBoundingClientRect();
    const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return width > 0 && height > 0 ? width * height : 0;
  }, stepId);
}

/** The live diagram's drawing, to compare a morphed picture with one drawn straight away. */
export async function diagramDrawing(page: Page): Promise<string> {
  return page.locator('[data-diagram] svg').first().innerHTML();
}

/** Waits until the live diagram's drawing has not changed for `quietMs`, and returns it. */
export async function settledDrawing(page: Page, quietMs = 1000, maxMs = 15_000): Promise<string> {
  return page.evaluate(
    async ([quiet, limit]) => {
      const svg = () => document.querySelector('[data-diagram] svg')!.innerHTML;
      const until = performance.now() + limit;
      let last = svg();
      let since = performance.now();
      while (performance.now() < until && performance.now() - since < quiet) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = svg();
        if (now !== last) [last, since] = [now, performance.now()];
      }
      return last;
    },
    [quietMs, maxMs] as const,
  );
}
