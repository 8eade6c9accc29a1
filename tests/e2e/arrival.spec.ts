import { expect, test, type Page } from '@playwright/test';
import { collectErrors, diagram, pathOf, readManifest, scrollToStep, type ManifestChapter } from './helpers';
import { afterFirstDrawing, arrivalOver, describeRuns, recordArrivals, recordedRuns } from './arrival-frames';

/**
 * The step to arrive at: one in the middle of the chapter, in a scene other than the first
 * step's, so that a frame of the first scene cannot pass for it.
 */
function middleStep(chapter: ManifestChapter) {
  const others = chapter.steps.filter((step) => step.scene !== chapter.steps[0]!.scene);
  return others[Math.floor((others.length - 1) / 2)]!;
}

/**
 * Every frame since the page started showed `step`'s scene, once anything was drawn at all, and
 * the drawing code took the drawing over as it was: nothing was painted into it.
 */
async function expectOnlyItsScene(page: Page, chapter: ManifestChapter, how: string) {
  const step = middleStep(chapter);
  await arrivalOver(page);
  const { runs, written } = await recordedRuns(page);
  const context = `${chapter.slug}, ${how}: ${describeRuns(runs)}`;
  expect.soft(afterFirstDrawing(runs, step.scene), context).toEqual([step.scene]);
  expect.soft(written, `${context}; changes painted into the drawing`).toBe(0);
  await expect.soft(diagram(page), context).toHaveAttribute('data-active-scene', step.scene);
}

/** Opens each chapter as `open` does, and checks what the diagram showed from the first frame. */
async function arriveInEveryChapter(page: Page, how: string, open: (chapter: ManifestChapter) => Promise<unknown>) {
  test.setTimeout(180_000);
  const { chapters } = await readManifest(page.request);
  const errors = collectErrors(page);
  await recordArrivals(page);
  for (const chapter of chapters) {
    await open(chapter);
    await expectOnlyItsScene(page, chapter, how);
  }
  expect(errors).toEqual([]);
}

/** Reads a chapter up to its middle step (the diagram morphing as it goes) and rests there. */
async function readToMiddle(page: Page, chapter: ManifestChapter) {
  await page.goto(pathOf(chapter.url));
  await arrivalOver(page);
  await scrollToStep(page, middleStep(chapter).id);
  await arrivalOver(page);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a link to a step’s anchor shows only that step’s scene, from the first frame', async ({ page }) => {
      await arriveInEveryChapter(page, 'its #step link', (chapter) => {
        const { pathname, hash } = new URL(middleStep(chapter).url);
        return page.goto(pathname + hash);
      });
    });

    test('a step’s share URL shows only that step’s scene, from the first frame', async ({ page }) => {
      await arriveInEveryChapter(page, 'its share URL', (chapter) => page.goto(pathOf(middleStep(chapter).shareUrl)));
    });

    test('a reload mid-chapter shows only the scene the reader was on, from the first frame', async ({ page }) => {
      await arriveInEveryChapter(page, 'a reload', async (chapter) => {
        await readToMiddle(page, chapter);
        await page.reload();
      });
    });

    test('back to a chapter read to its middle shows only that step’s scene, from the first frame', async ({
      page,
    }) => {
      await arriveInEveryChapter(page, 'back from another page', async (chapter) => {
        await readToMiddle(page, chapter);
        await page.goto('/sources/');
        await page.goBack();
      });
    });
  });
}
