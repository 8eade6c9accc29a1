import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type FrameLocator, type Page } from '@playwright/test';
import { WIDE_MIN } from '@/lib/design/tokens';
import type { Manifest } from '@/lib/manifest';

export type ManifestChapter = Manifest['chapters'][number];

export async function readManifest(request: APIRequestContext, lang: 'en' | 'zh' = 'en'): Promise<Manifest> {
  const response = await request.get(lang === 'zh' ? '/zh/api/chapters.json' : '/api/chapters.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Manifest;
}

/**
 * Collects console errors and uncaught exceptions, from the page and its frames, each with the
 * script that reported it (so a failure says which document it came from); assert it is empty
 * at the end.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url || 'inline'})`);
  });
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  return errors;
}

/** Runs axe on the page, or only on the part that `include` selects. */
export async function expectNoAxeViolations(page: Page, context: string, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** The pathname of a chapter from its absolute manifest URL. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}

/**
 * Scrolls the way a reader settles on a step: its text just below the sticky diagram on a
 * phone, in the upper part of the screen on a desktop.
 */
export async function scrollToStep(page: Page, stepId: string) {
  // Twice: on a phone the diagram only reaches its resting place once it has stuck to the top.
  for (let pass = 0; pass < 2; pass += 1) {
    await page.evaluate(
      ({ id, wide }) => {
        const step = document.getElementById(id)!;
        const stage = document.querySelector('[data-diagram]')!.getBoundingClientRect();
        const narrow = window.innerWidth < wide;
        const resting = narrow ? stage.bottom + 24 : window.innerHeight * 0.3;
        window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - resting);
      },
      { id: stepId, wide: WIDE_MIN },
    );
  }
}

export const diagram = (page: Page) => page.locator('[data-diagram]');

/**
 * Waits until a chapter's live drawing has taken the place of the server's: its code loads after
 * hydration, and until then the elements on screen are the server's, which it replaces.
 */
export const drawingLive = (page: Page) => expect(diagram(page)).toHaveAttribute('data-drawing', 'live');

/**
 * Waits until the page's script has taken over the diagram: its live region starts speaking
 * only then. Lecture buttons (lecture mode, embeds) do nothing before that.
 */
export const ready = (root: Page | FrameLocator) =>
  expect(root.locator('[aria-live="polite"]')).toHaveText(/^(Step \d+ of|第 \d+ 步)/);

/** Adds up every layout shift not caused by input, from the first paint on, as `window.cls`. */
export async function measureShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
