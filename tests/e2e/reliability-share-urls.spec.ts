import { expect, test, type Page } from '@playwright/test';
import { collectErrors, diagram, pathOf, readManifest, scrollToStep, type ManifestChapter } from './helpers';

async function expectStep(page: Page, chapter: ManifestChapter, index: number, context: string) {
  await expect(diagram(page), context).toHaveAttribute('data-step-index', String(index));
  await expect(diagram(page), context).toHaveAttribute('data-active-scene', chapter.steps[index]!.scene);
}

// share.spec.ts checks every share URL's canonical link and one URL in the browser; this opens
// them all, so a step that the hook would place wrongly (say, a short last step) shows up.
test('every step share URL opens in the browser on its own step', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { chapters } = await readManifest(request);
  const errors = collectErrors(page);
  for (const chapter of chapters) {
    for (const [index, step] of chapter.steps.entries()) {
      await page.goto(pathOf(step.shareUrl));
      await expectStep(page, chapter, index, pathOf(step.shareUrl));
    }
  }
  expect(errors).toEqual([]);
});

test('back and forward between step share URLs return to each step', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 4)!;
  const [, second, , fourth] = chapter.steps;
  await page.goto(pathOf(second!.shareUrl));
  await expectStep(page, chapter, 1, 'second');
  await page.goto(pathOf(fourth!.shareUrl));
  await expectStep(page, chapter, 3, 'fourth');
  await page.goBack();
  await expectStep(page, chapter, 1, 'back to the second');
  await page.goForward();
  await expectStep(page, chapter, 3, 'forward to the fourth');
});

test('a reload after scrolling to a step keeps that step, with no hash in the address', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 4)!;
  const index = chapter.steps.length - 2;
  await page.goto(pathOf(chapter.url));
  await scrollToStep(page, chapter.steps[index]!.id);
  await expectStep(page, chapter, index, 'scrolled there');
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expectStep(page, chapter, index, 'after the reload');
});
