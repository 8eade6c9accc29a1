import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Manifest } from '@/lib/manifest';

export type ManifestChapter = Manifest['chapters'][number];

export async function readManifest(request: APIRequestContext): Promise<Manifest> {
  const response = await request.get('/api/chapters.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Manifest;
}

/** Collects console errors and uncaught exceptions; assert it is empty at the end. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function expectNoAxeViolations(page: Page, context: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
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
  await page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const stage = document.querySelector('[data-diagram]')!.getBoundingClientRect();
    const narrow = window.innerWidth < 768;
    const resting = narrow ? stage.bottom + 24 : window.innerHeight * 0.3;
    window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - resting);
  }, stepId);
}

export const diagram = (page: Page) => page.locator('[data-diagram]');
