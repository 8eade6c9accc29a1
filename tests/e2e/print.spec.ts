import { expect, test } from '@playwright/test';
import { diagram, pathOf, readManifest } from './helpers';

test('printing a chapter gives a handout: one figure per step, no controls', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.url));
  await page.emulateMedia({ media: 'print' });
  await expect(diagram(page)).toBeHidden();
  for (const step of chapter.steps) {
    const figure = page.locator(`[id="${step.id}"] .step-figure`);
    await expect(figure).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }
  await expect(page.getByRole('link', { name: 'Link to this step' }).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('printed links show where they go', async ({ page }) => {
  await page.goto('/sources/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('main .prose a[href]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});

test('printing the last chapter gives the explorable’s two pictures, not its controls', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters.at(-1)!.url));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.explorable-live')).toBeHidden();
  await expect(page.locator('.explorable-static figure')).toHaveCount(2);
  await expect(page.locator('.explorable-static figure').first()).toBeVisible();
});
