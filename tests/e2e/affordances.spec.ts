import { expect, test } from '@playwright/test';
import { pathOf, readManifest } from './helpers';

const decoration = (el: Element) => getComputedStyle(el).textDecorationStyle;

test('links are underlined solid and glossary terms dotted, so the two never look alike', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto('/sources/');
  expect(await page.locator('main .prose a[href]').first().evaluate(decoration)).toBe('solid');
  await page.goto(pathOf(chapters[1]!.url));
  expect(await page.locator('.gloss-term').first().evaluate(decoration)).toBe('dotted');
});

test('a step’s link is a quiet glyph in the margin, named for what it does', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pathOf(chapter.url));
  const step = page.locator(`[id="${chapter.steps[0]!.id}"]`);
  const control = step.getByRole('link', { name: 'Copy a link to this step' });
  await expect(control).toBeVisible();
  await expect(control).toHaveText('');
  const [glyph, text] = await Promise.all([control.boundingBox(), step.locator('.step-text p').first().boundingBox()]);
  expect(glyph!.x + glyph!.width).toBeLessThanOrEqual(text!.x);
  expect(glyph!.y).toBeLessThan(text!.y + text!.height);
});

test('on a phone a chapter’s actions fit on one line', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(pathOf(chapters[0]!.url));
  const actions = page.locator('.chapter-actions').getByRole('link').or(page.locator('.chapter-actions button'));
  await expect(actions).toHaveCount(3);
  const tops = await actions.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});
