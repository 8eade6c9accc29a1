import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rgb } from 'd3-color';
import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
import { COLORS, COLORS_DARK } from '@/lib/design/tokens';
import { channelName } from '@/lib/lecture/channel';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest, ready, type ManifestChapter } from './helpers';

/** The chapters as the build read them: the teaching notes and discussion questions are not in the manifest. */
const chapters = loadChapters();
const teachOf = (chapter: ManifestChapter, index: number) =>
  chapters.find((c) => c.slug === chapter.slug)!.steps[index]!.teach!;

const presenterPath = (chapter: ManifestChapter) => `${pathOf(chapter.presentUrl)}presenter/`;
const titleOf = (scene: string) => getScene(scene as Parameters<typeof getScene>[0]).title;
const diagram = (page: Page) => page.locator('[data-diagram]');
const stepHeading = (presenter: Page) => presenter.locator('#presenter-step');

/** A chapter of four steps or more, each step a different scene: every move shows. */
async function longChapter(request: Parameters<typeof readManifest>[0]) {
  const { chapters: listed } = await readManifest(request);
  return listed.find((c) => c.steps.length >= 4)!;
}

/** Waits until the presenter shows step `index` (0-based): its number, its text, its note and what comes next. */
async function presenterAt(presenter: Page, chapter: ManifestChapter, index: number) {
  const step = chapter.steps[index]!;
  await expect(stepHeading(presenter)).toHaveText(
    `Step ${index + 1} of ${chapter.steps.length} ${titleOf(step.scene)}`,
  );
  await expect(presenter.locator(`[data-step-text="${step.id}"]`)).toBeVisible();
  await expect(presenter.locator('[data-teach] p')).toHaveText(teachOf(chapter, index));
  const next = presenter.locator('[data-next]');
  const following = chapter.steps[index + 1];
  if (following) await expect(next.locator('svg title')).toHaveText(titleOf(following.scene));
  else await expect(next).toContainText('End of chapter');
  await expect(presenter).toHaveURL(new RegExp(`/presenter/\\?step=${index + 1}$`));
}

/** Waits until the projection shows step `index` (0-based): its scene and its address. */
async function projectionAt(projection: Page, chapter: ManifestChapter, index: number) {
  await expect(diagram(projection)).toHaveAttribute('data-step-index', String(index));
  await expect(diagram(projection)).toHaveAttribute('data-active-scene', chapter.steps[index]!.scene);
  await expect(projection).toHaveURL(new RegExp(`\\?step=${index + 1}$`));
}

/** The presenter opened as a second page of the same browser, as its window would be. */
async function openPresenter(context: BrowserContext, chapter: ManifestChapter, query = '') {
  const presenter = await context.newPage();
  const errors = collectErrors(presenter);
  await presenter.goto(`${presenterPath(chapter)}${query}`);
  await ready(presenter);
  return { presenter, errors };
}

test('P opens the presenter view in a window of its own at the room’s step, and the button reaches the same window', async ({
  page,
  context,
  request,
}) => {
  const chapter = await longChapter(request);
  const errors = collectErrors(page);
  await page.goto(`${pathOf(chapter.presentUrl)}?step=2`);
  await ready(page);
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await ready(presenter);
  await presenterAt(presenter, chapter, 1);
  // Pressing again brings the window already open to the front: no second one, and no reload.
  await presenter.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await page.keyboard.press('P');
  await page.getByRole('button', { name: 'Presenter view' }).click();
  await page.keyboard.press('ArrowRight');
  await presenterAt(presenter, chapter, 2);
  expect(context.pages()).toHaveLength(2);
  expect(await presenter.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

  await presenter.close();
  const [again] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await ready(again);
  await presenterAt(again, chapter, 2);
  expect(errors).toEqual([]);
});

test('on to the next chapter, P brings the same presenter window along', async ({ page, context, request }) => {
  const { chapters: listed } = await readManifest(request);
  const [first, second] = listed as [ManifestChapter, ManifestChapter];
  await page.goto(`${pathOf(first.presentUrl)}?step=${first.steps.length}`);
  await ready(page);
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await ready(presenter);
  await presenterAt(presenter, first, first.steps.length - 1);
  await expect(presenter.locator('[data-next]')).toContainText(`Next chapter: ${second.title}`);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`${pathOf(second.presentUrl)}$`));
  await ready(page);
  await page.keyboard.press('p');
  await expect(presenter).toHaveURL(new RegExp(`${presenterPath(second)}\\?step=1$`));
  await ready(presenter);
  await presenterAt(presenter, second, 0);
  expect(context.pages()).toHaveLength(2);
  await page.keyboard.press('ArrowRight');
  await presenterAt(presenter, second, 1);
});

test('a step moved in either window moves the other, and the projection’s address follows', async ({
  page,
  context,
  request,
}) => {
  const chapter = await longChapter(request);
  const last = chapter.steps.length - 1;
  const errors = collectErrors(page);
  await page.goto(`${pathOf(chapter.presentUrl)}?step=2`);
  await ready(page);
  // Opened at its bare address, the presenter asks the projection where the room is.
  const { presenter, errors: presenterErrors } = await openPresenter(context, chapter);
  await presenterAt(presenter, chapter, 1);

  await page.keyboard.press('ArrowRight');
  await presenterAt(presenter, chapter, 2);
  await page.keyboard.press('PageUp');
  await presenterAt(presenter, chapter, 1);

  await presenter.keyboard.press('ArrowRight');
  await projectionAt(page, chapter, 2);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(
    `Step 3 of ${chapter.steps.length}. ${chapter.steps[2]!.description}`,
  );
  await presenter.keyboard.press('ArrowLeft');
  await projectionAt(page, chapter, 1);
  await presenter.keyboard.press('PageDown');
  await projectionAt(page, chapter, 2);
  await presenter.keyboard.press('PageUp');
  await projectionAt(page, chapter, 1);
  await presenter.getByRole('button', { name: 'Next step' }).click();
  await projectionAt(page, chapter, 2);
  await presenter.keyboard.press('End');
  await projectionAt(page, chapter, last);
  await presenterAt(presenter, chapter, last);
  await page.keyboard.press('Home');
  await presenterAt(presenter, chapter, 0);
  await expect(page).toHaveURL(/\?step=1$/);

  expect(errors).toEqual([]);
  expect(presenterErrors).toEqual([]);
});

test('closing the presenter leaves the projection as it was, and stray messages move nothing', async ({
  page,
  context,
  request,
}) => {
  const chapter = await longChapter(request);
  const errors = collectErrors(page);
  await page.goto(`${pathOf(chapter.presentUrl)}?step=3`);
  await ready(page);
  const { presenter } = await openPresenter(context, chapter);
  await presenterAt(presenter, chapter, 2);
  const url = page.url();
  const drawing = await diagram(page).locator('svg').first().innerHTML();

  // Another chapter's step, a step past the end, and things that are not messages at all.
  await presenter.evaluate(
    ({ name, slug }) => {
      const channel = new BroadcastChannel(name);
      for (const message of [
        { type: 'step', slug: 'no-such-chapter', index: 0 },
        { type: 'step', slug, index: 99 },
        { type: 'step', slug, index: '1' },
        'step',
        null,
      ])
        channel.postMessage(message);
      channel.close();
    },
    { name: channelName(chapter.slug), slug: chapter.slug },
  );
  await presenter.close();

  await projectionAt(page, chapter, 2);
  expect(page.url()).toBe(url);
  expect(await diagram(page).locator('svg').first().innerHTML()).toBe(drawing);
  await page.keyboard.press('ArrowRight');
  await projectionAt(page, chapter, 3);
  expect(errors).toEqual([]);
});

test('a blocked pop-up is told politely, with a link that opens the presenter view', async ({ page, request }) => {
  const chapter = await longChapter(request);
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(`${pathOf(chapter.presentUrl)}?step=2`);
  await ready(page);
  // Empty, it takes no room on the projection (and so is hidden from the accessibility tree).
  const status = page.locator('[role="status"]');
  await expect(status).toBeEmpty();
  await page.keyboard.press('p');
  await expect(status).toContainText('Allow pop-ups for this site');
  await expect(status.getByRole('link', { name: 'the presenter view' })).toHaveAttribute(
    'href',
    `${presenterPath(chapter)}?step=2`,
  );
  await projectionAt(page, chapter, 1);
  expect(errors).toEqual([]);
});

test('the presenter view passes axe in light and dark, at the first step and at the end', async ({ page, request }) => {
  const chapter = await longChapter(request);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const step of [1, chapter.steps.length]) {
      await page.goto(`${presenterPath(chapter)}?step=${step}`);
      await ready(page);
      await presenterAt(page, chapter, step - 1);
      const paper = rgb(colorScheme === 'dark' ? COLORS_DARK.paper : COLORS.paper).toString();
      await expect(page.locator('main')).toHaveCSS('background-color', paper);
      await expectNoAxeViolations(page, `presenter ${chapter.slug} step ${step} (${colorScheme})`);
    }
  }
});

test('the clock tells the time and counts from when the presenter opened, ticking without moving anything', async ({
  page,
  request,
}) => {
  const chapter = await longChapter(request);
  await page.clock.install({ time: new Date(2026, 2, 2, 9, 30, 0) });
  await page.goto(presenterPath(chapter));
  await ready(page);
  const time = page.locator('[data-clock="time"]');
  const elapsed = page.locator('[data-clock="elapsed"]');
  await expect(time).toHaveText(/09:30/);
  await expect(elapsed).toHaveText('0:00:00');
  const before = await page.locator('.presenter-clock').boundingBox();

  await page.clock.runFor(65_000);
  await expect(elapsed).toHaveText('0:01:05');
  await expect(time).toHaveText(/09:31/);
  expect(await page.locator('.presenter-clock').boundingBox()).toEqual(before);

  await page.getByRole('button', { name: 'Reset the elapsed time' }).click();
  await expect(elapsed).toHaveText('0:00:00');
  await page.clock.runFor(3_000);
  await expect(elapsed).toHaveText('0:00:03');
});
