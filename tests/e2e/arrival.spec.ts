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

/** A way to arrive at a chapter's middle step, named for the failure message. */
type Arrival = [how: string, open: (chapter: ManifestChapter) => Promise<unknown>];

/**
 * Arrives at each chapter's middle step in each of these ways, in turn, and checks what the
 * diagram showed from the first frame after each.
 */
async function arriveInEveryChapter(page: Page, ...arrivals: Arrival[]) {
  test.setTimeout(180_000);
  const { chapters } = await readManifest(page.request);
  const errors = collectErrors(page);
  await recordArrivals(page);
  for (const chapter of chapters) {
    for (const [how, open] of arrivals) {
      await open(chapter);
      await expectOnlyItsScene(page, chapter, how);
    }
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
      await arriveInEveryChapter(page, [
        'its #step link',
        (chapter) => {
          const { pathname, hash } = new URL(middleStep(chapter).url);
          return page.goto(pathname + hash);
        },
      ]);
    });

    test('a step’s share URL shows only that step’s scene, from the first frame', async ({ page }) => {
      await arriveInEveryChapter(page, ['its share URL', (chapter) => page.goto(pathOf(middleStep(chapter).shareUrl))]);
    });

    test('a reload mid-chapter, and a return to it from another page, show only the scene the reader was on', async ({
      page,
    }) => {
      await arriveInEveryChapter(
        page,
        [
          'a reload',
          async (chapter) => {
            await readToMiddle(page, chapter);
            await page.reload();
          },
        ],
        [
          'back from another page',
          async () => {
            await page.goto('/sources/');
            await page.goBack();
          },
        ],
      );
    });
  });
}

test('until the chapter’s script has run, the diagram’s kicker names no step but the one drawn', async ({ page }) => {
  const { chapters } = await readManifest(page.request);
  const chapter = chapters[1]!;
  const step = middleStep(chapter);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const { pathname, hash } = new URL(step.url);
  await page.goto(pathname + hash, { waitUntil: 'domcontentloaded' });
  // The server wrote the first step's number and title; the drawing already shows the step's scene.
  const kicker = diagram(page).locator('.step-kicker');
  await expect(kicker).toBeHidden();
  const markup = (selector: string) => page.locator(selector).first().innerHTML();
  expect(await markup('[data-diagram] .diagram-wide > g')).toBe(
    await markup(`[id="${step.id}"] .step-figure .diagram-wide > g`),
  );
  release();
  await expect(diagram(page)).toHaveAttribute('data-step-index', String(chapter.steps.indexOf(step)));
  await expect(kicker).toBeVisible();
});

test('a reload the browser restores no scroll position for still opens at the step the reader was on', async ({
  page,
}) => {
  const { chapters } = await readManifest(page.request);
  const chapter = chapters[2]!;
  await recordArrivals(page);
  await readToMiddle(page, chapter);
  // The page comes back at its top; the drawing code scrolls it to the step whose scene is drawn.
  await page.evaluate(() => (history.scrollRestoration = 'manual'));
  await page.reload();
  await expectOnlyItsScene(page, chapter, 'a reload at the top');
  await expect(page.locator(`[id="${middleStep(chapter).id}"]`)).toBeInViewport();
});
