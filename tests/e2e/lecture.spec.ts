import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { loadEdition } from '@/content';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest, ready } from './helpers';

const diagram = (page: Page) => page.locator('[data-diagram]');
const at = (page: Page, index: number) => expect(diagram(page)).toHaveAttribute('data-step-index', String(index));
/** How many distinct pictures the diagram draws in the 1.5 s after a PageDown. */
async function framesAfterPageDown(page: Page): Promise<number> {
  await ready(page);
  return page.evaluate(async () => {
    const svg = () => document.querySelector('[data-diagram] svg')!.innerHTML;
    const seen = new Set<string>([svg()]);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    const until = performance.now() + 1500;
    while (performance.now() < until) {
      await new Promise(requestAnimationFrame);
      seen.add(svg());
    }
    return seen.size;
  });
}

for (const lang of LANGS) {
  test(`lecture mode (${lang}) steps with PageDown, Space, PageUp, End and Home, and the address follows`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters.find((c) => c.steps.length >= 4)!;
    const errors = collectErrors(page);
    await page.goto(pathOf(chapter.presentUrl));
    await ready(page);
    await at(page, 0);
    await page.keyboard.press('PageDown');
    await at(page, 1);
    await expect(page).toHaveURL(/\?step=2$/);
    await page.keyboard.press('Space');
    await at(page, 2);
    await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[2]!.scene);
    await page.keyboard.press('PageUp');
    await at(page, 1);
    await page.keyboard.press('End');
    await at(page, chapter.steps.length - 1);
    await expect(page).toHaveURL(new RegExp(`\\?step=${chapter.steps.length}$`));
    await page.keyboard.press('Home');
    await at(page, 0);
    await expect(page).toHaveURL(/\?step=1$/);
    await page.keyboard.press('ArrowRight');
    await at(page, 1);
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      messages(lang).lecture.announce(2, chapter.steps.length, chapter.steps[1]!.description),
    );
    expect(errors).toEqual([]);
  });
}

test('?step=N opens step N, drawn at once, and a reload keeps the place', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 4)!;
  await page.goto(`${pathOf(chapter.presentUrl)}?step=3`);
  await at(page, 2);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp('.'));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?step=4$/);
  await page.reload();
  await at(page, 3);
  await page.goto(`${pathOf(chapter.presentUrl)}?step=999`);
  await at(page, 0);
});

test('the last step continues into the next chapter, and back again', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const [first, second] = chapters;
  await page.goto(`${pathOf(first!.presentUrl)}?step=${first!.steps.length}`);
  await at(page, first!.steps.length - 1);
  await expect(page.getByRole('button', { name: 'Next chapter' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`${pathOf(second!.presentUrl)}$`));
  await at(page, 0);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', second!.steps[0]!.scene);
  await ready(page);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(new RegExp(`${pathOf(first!.presentUrl)}\\?step=${first!.steps.length}$`));
  await at(page, first!.steps.length - 1);
});

test('the on-screen buttons and the text toggle work by keyboard', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.presentUrl));
  await ready(page);
  await page.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await at(page, 1);
  await page.keyboard.press('Space');
  await at(page, 2);
  await page.getByRole('button', { name: 'Previous step' }).focus();
  await page.keyboard.press('Space');
  await at(page, 1);
  await page.keyboard.press('t');
  await expect(page.locator(`[data-step-text="${chapter.steps[1]!.id}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show the summary' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('T');
  const told = loadEdition('en').find((c) => c.slug === chapter.slug)!;
  await expect(page.locator('.lecture-point')).toHaveText(told.steps[1]!.point!);
  await expect(page.locator(`[data-step-text="${chapter.steps[1]!.id}"]`)).toBeHidden();
});

test('keys typed into a form field do not move the lecture, and F fails quietly', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const errors = collectErrors(page);
  await page.goto(pathOf(chapters[0]!.presentUrl));
  await ready(page);
  await page.evaluate(() => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Note');
    document.querySelector('main')!.append(field);
  });
  await page.getByLabel('Note').fill('');
  for (const key of ['ArrowRight', 'PageDown', 'Space', 'End', 'f']) await page.keyboard.press(key);
  await at(page, 0);
  await expect(page.getByLabel('Note')).toHaveValue(' f');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await page.keyboard.press('f');
  await at(page, 0);
  expect(errors).toEqual([]);
});

test('lecture pages pass axe at the first, a middle and the last step', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[3]!;
  for (const step of [1, Math.ceil(chapter.steps.length / 2), chapter.steps.length]) {
    await page.goto(`${pathOf(chapter.presentUrl)}?step=${step}`);
    await at(page, step - 1);
    await ready(page);
    await expectNoAxeViolations(page, `present ${chapter.slug} step ${step}`);
  }
  await page.keyboard.press('t');
  await expectNoAxeViolations(page, `present ${chapter.slug} with the step's text`);
});

for (const lang of LANGS) {
  test(`lecture mode (${lang}) morphs from scene to scene, and with reduced motion changes at once`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters.find((c) => c.steps[0]!.scene !== c.steps[1]!.scene)!;
    await page.goto(pathOf(chapter.presentUrl));
    // Before, after, and at least one picture in between (a loaded machine draws fewer frames).
    expect(await framesAfterPageDown(page)).toBeGreaterThan(2);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pathOf(chapter.presentUrl));
    expect(await framesAfterPageDown(page)).toBe(2);
  });
}

/** How much of the screen the lecture's drawing covers: its viewBox as drawn (the part the picture can use), and the svg's own box. */
async function diagramShare(page: Page) {
  return page.evaluate(() => {
    const inner = [...document.querySelectorAll<SVGSVGElement>('.deck-diagram svg.diagram-wide')].find(
      (svg) => svg.getBoundingClientRect().width > 0,
    )!;
    // An inner svg's client rect is the box of what it draws; its viewport is its parent svg's
    // (it is 100% of it), where the viewBox is fitted.
    const box = inner.ownerSVGElement!.getBoundingClientRect();
    const view = inner.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const outer = document.querySelector('.deck-diagram > svg')!.getBoundingClientRect();
    const screen = window.innerWidth * window.innerHeight;
    return { drawn: (view.width * scale * view.height * scale) / screen, svg: (outer.width * outer.height) / screen };
  });
}

for (const lang of LANGS) {
  test(`lecture mode (${lang}) gives the diagram at least 60% of a 1280 × 720 projector`, async ({ page, request }) => {
    const { chapters } = await readManifest(request, lang);
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const chapter of [chapters[0]!, chapters[3]!]) {
      await page.goto(`${pathOf(chapter.presentUrl)}?step=${chapter.steps.length}`);
      await ready(page);
      const share = await diagramShare(page);
      expect(share.drawn, chapter.slug).toBeGreaterThanOrEqual(0.6);
      expect(share.svg, chapter.slug).toBeGreaterThanOrEqual(0.6);
      // Nothing of the lecture falls off the screen to make that room.
      expect(await page.evaluate(() => document.documentElement.scrollHeight), chapter.slug).toBeLessThanOrEqual(720);
    }
  });

  test(`beside the diagram (${lang}) is the step's own text, not a description of the picture`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters[2]!;
    const told = loadEdition(lang).find((c) => c.slug === chapter.slug)!;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(pathOf(chapter.presentUrl));
    await ready(page);
    const side = page.locator('.deck-caption');
    for (const [index, step] of chapter.steps.slice(0, 2).entries()) {
      await at(page, index);
      await expect(side.locator('.lecture-point')).toHaveText(told.steps[index]!.point!);
      await expect(side.locator('.lecture-point')).toBeVisible();
      expect(await side.innerText(), step.id).not.toContain(step.description);
      await page.keyboard.press('PageDown');
    }
  });

  test(`on a touch screen (${lang}) lecture mode shows no keyboard hints`, async ({ browser, page, request }) => {
    const { chapters } = await readManifest(request, lang);
    const url = `${test.info().project.use.baseURL}${pathOf(chapters[1]!.presentUrl)}`;
    const keys = messages(lang).lecture.keys;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(url);
    await expect(page.getByText(keys)).toBeVisible();
    const tablet = await browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true, isMobile: true });
    const touch = await tablet.newPage();
    await touch.goto(url);
    await ready(touch);
    await expect(touch.getByText(keys)).toBeHidden();
    await expectNoAxeViolations(touch, `lecture on a touch screen (${lang})`);
    await tablet.close();
  });
}
