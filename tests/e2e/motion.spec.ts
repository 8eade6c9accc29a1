import { expect, test, type Page } from '@playwright/test';
import { diagram, expectNoAxeViolations, pathOf, readManifest, scrollToStep } from './helpers';

/** How many distinct pictures the diagram draws while it moves to the next step. */
async function framesDuringMorph(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const svg = document.querySelector('[data-diagram] svg')!;
    const seen = new Set<string>([svg.innerHTML]);
    document.querySelector<HTMLAnchorElement>('[data-diagram] .step-controls a:last-child')!.click();
    const until = performance.now() + 1500;
    while (performance.now() < until) {
      await new Promise(requestAnimationFrame);
      seen.add(document.querySelector('[data-diagram] svg')!.innerHTML);
    }
    return seen.size;
  });
}

test('scenes morph through in-between frames', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[1]!.steps[0]!.scene);
  // Before, after, and at least one picture in between (a loaded machine draws fewer frames).
  expect(await framesDuringMorph(page)).toBeGreaterThan(2);
});

test('with reduced motion a scene changes with no in-between frames', async ({ page, request }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[1]!.steps[0]!.scene);
  expect(await framesDuringMorph(page)).toBe(2);
});

test('every scene of every chapter passes axe', async ({ page, request }) => {
  test.setTimeout(240_000);
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    await page.goto(pathOf(chapter.url));
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
      await page.waitForTimeout(850);
      await expectNoAxeViolations(page, `${chapter.slug}#${step.id}`, '[data-diagram]');
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram is drawn and every step shows a picture of its scene', async ({ page, request }) => {
    const { chapters } = await readManifest(request);
    const chapter = chapters[1]!;
    await page.goto(pathOf(chapter.url));
    await expect(diagram(page).locator('svg[role="img"]')).toBeVisible();
    await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
    for (const step of chapter.steps) {
      await expect(page.locator(`#${step.id} .step-figure svg[role="img"]`)).toBeVisible();
    }
  });
});

test('with the live diagram running, the per-step pictures are hidden', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  await expect(page.locator('.step-figure').first()).toBeHidden();
});
