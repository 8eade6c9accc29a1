import { expect, test } from '@playwright/test';
import { WIDE_MIN } from '@/lib/design/tokens';
import {
  collectErrors,
  diagram,
  expectNoAxeViolations,
  measureShifts,
  pathOf,
  readManifest,
  ready,
  scrollToStep,
} from './helpers';
import { settledDrawing } from './reliability-helpers';

test('every step of every chapter shows its scene, forwards and backwards', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    const errors = collectErrors(page);
    await page.goto(pathOf(chapter.url));
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect(diagram(page), `${chapter.slug}#${step.id}`).toHaveAttribute('data-active-scene', step.scene);
    }
    for (const step of [...chapter.steps].reverse()) {
      await scrollToStep(page, step.id);
      await expect(diagram(page), `${chapter.slug}#${step.id} (reverse)`).toHaveAttribute(
        'data-active-scene',
        step.scene,
      );
    }
    expect(errors).toEqual([]);
  }
});

test('a jump to the bottom lands on the last scene and a jump to the top on the first', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3)!;
  await page.goto(pathOf(chapter.url));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps.at(-1)!.scene);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
});

test('a deep link opens on its step without replaying the scenes before it', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => new Set(c.steps.map((s) => s.scene)).size >= 4)!;
  const target = chapter.steps.at(-1)!;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { sceneLog: string[] }).sceneLog = seen;
    new MutationObserver(() => {
      const scene = document.querySelector('[data-diagram]')?.getAttribute('data-active-scene');
      if (scene && seen.at(-1) !== scene) seen.push(scene);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-scene'], childList: true });
  });
  await page.goto(`${pathOf(chapter.url)}#${target.id}`);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', target.scene);
  const log = await page.evaluate(() => (window as unknown as { sceneLog: string[] }).sceneLog);
  const between = chapter.steps
    .slice(1, -1)
    .map((s) => s.scene)
    .filter((s) => s !== target.scene);
  expect(log.filter((scene) => between.includes(scene))).toEqual([]);
});

test('a reload mid-chapter and history moves keep the diagram on the right scene', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3)!;
  const [first, second, third] = chapter.steps;
  await page.goto(`${pathOf(chapter.url)}#${second!.id}`);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', second!.scene);
  await page.goto(`${pathOf(chapter.url)}#${third!.id}`);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', third!.scene);
  await page.goBack();
  await expect(diagram(page)).toHaveAttribute('data-active-scene', second!.scene);
  await page.goForward();
  await expect(diagram(page)).toHaveAttribute('data-active-scene', third!.scene);
  await page.reload();
  await expect(diagram(page)).toHaveAttribute('data-active-scene', third!.scene);
  expect(first).toBeDefined();
});

test('a resize between desktop and phone widths keeps the active scene', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3)!;
  const step = chapter.steps[1]!;
  await page.goto(`${pathOf(chapter.url)}#${step.id}`);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
    { width: 844, height: 390 },
  ]) {
    await page.setViewportSize(size);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
    await expect(diagram(page), `${size.width}x${size.height}`).toHaveAttribute('data-active-scene', step.scene);
  }
});

test('the previous and next step links walk the steps by keyboard, and the last step leads on to the next chapter', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const at = chapters.findIndex((c) => c.steps.length >= 3);
  const [chapter, following] = [chapters[at]!, chapters[at + 1]!];
  await page.goto(pathOf(chapter.url));
  // With the script running: a press before it runs is the browser's own jump to the step
  // (tested below), after which focus is on the page, not on the link.
  await ready(page);
  const next = page.locator('[data-diagram] .step-button-next');
  await expect(next).toHaveAccessibleName('Next step');
  await next.focus();
  for (const [index, step] of chapter.steps.entries()) {
    if (index === 0) continue;
    await page.keyboard.press('Enter');
    await expect(diagram(page)).toHaveAttribute('data-step-index', String(index));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  }
  // At the last step the same control, still focused, leads on to the next chapter.
  await expect(next).toBeFocused();
  await expect(next).toHaveAccessibleName(new RegExp(`^Next chapter ?: ${following.title}$`));
  await expect(next).toHaveAttribute('href', pathOf(following.url));
  await expect(next).not.toHaveAttribute('aria-disabled', /./);
  await page.getByRole('link', { name: 'Previous step' }).focus();
  await page.keyboard.press('Enter');
  await expect(diagram(page)).toHaveAttribute('data-step-index', String(chapter.steps.length - 2));
  await expect(next).toHaveAccessibleName('Next step');
  await page.keyboard.press('End');
  await expect(diagram(page)).toHaveAttribute('data-step-index', String(chapter.steps.length - 1));
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(following.url)}$`));
});

test('the last chapter’s last step leads on to the explorable below it', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const last = chapters.at(-1)!;
  await page.goto(`${pathOf(last.url)}#${last.steps.at(-1)!.id}`);
  await expect(diagram(page)).toHaveAttribute('data-step-index', String(last.steps.length - 1));
  const next = page.locator('[data-diagram] .step-button-next');
  await expect(next).toHaveAccessibleName('Try it');
  await expect(next).toHaveAttribute('href', '#explorable');
  await next.click();
  await expect(page.locator('#explorable')).toBeInViewport();
});

test('quick presses of the step links add up, by keyboard and by pointer', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 4)!;
  await page.goto(pathOf(chapter.url));
  await ready(page);
  await page.getByRole('link', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(diagram(page)).toHaveAttribute('data-step-index', '3');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[3]!.scene);
  // Clicked among the steps, where the controls stay put while the page scrolls beneath them.
  // (From the top of a phone page the controls ride up with the diagram until it sticks.)
  const previous = page.getByRole('link', { name: 'Previous step' });
  await previous.click();
  await previous.click();
  await expect(diagram(page)).toHaveAttribute('data-step-index', '1');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
});

test('a press of Next before the script has run still opens the next step, in sight', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3 && c.steps[0]!.scene !== c.steps[1]!.scene)!;
  const [, second, third] = chapter.steps;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(pathOf(chapter.url), { waitUntil: 'domcontentloaded' });
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page).toHaveURL(new RegExp(`#${second!.id}$`));
  // The browser's own jump leaves the step's text in sight: below the sticky diagram on a phone.
  const place = await page.evaluate(
    ({ id, wide }) => {
      const stage = document.querySelector('.scrolly-stage')!.getBoundingClientRect();
      const narrow = window.innerWidth < wide;
      return { top: document.getElementById(id)!.getBoundingClientRect().top, clear: narrow ? stage.bottom : 0 };
    },
    { id: second!.id, wide: WIDE_MIN },
  );
  expect(place.top).toBeGreaterThanOrEqual(place.clear);
  expect(place.top).toBeLessThan(page.viewportSize()!.height / 2);
  release();
  await expect(diagram(page)).toHaveAttribute('data-step-index', '1');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', second!.scene);
  // Until the page has loaded, Chromium keeps re-scrolling to the address's #fragment.
  await page.waitForLoadState('load');
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(diagram(page)).toHaveAttribute('data-active-scene', third!.scene);
});

test('the diagram tells screen readers what it shows', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.url));
  const svg = diagram(page).locator('svg[role="img"]');
  await expect(svg).toHaveAccessibleName(/.+/);
  await scrollToStep(page, chapter.steps[1]!.id);
  await expect(diagram(page).locator('[aria-live="polite"]')).toContainText(chapter.steps[1]!.description);
});

test('scrolling a chapter end to end shifts no layout', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await measureShifts(page);
  for (const chapter of chapters) {
    await page.goto(pathOf(chapter.url));
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
    }
    // The last morph has ended (the drawing has stopped changing), so any shift it caused is counted.
    await settledDrawing(page);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls), chapter.slug).toBe(0);
  }
});

test('the step controls name the scene and the place, with buttons a finger can hit', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.url));
  await ready(page);
  await scrollToStep(page, chapter.steps[1]!.id);
  await expect(diagram(page)).toHaveAttribute('data-step-index', '1');
  const kicker = diagram(page).locator('.step-kicker');
  // Seen: "2 / 4" over the title; heard: "Step 2 of 4: <title>".
  await expect(kicker).toHaveText(new RegExp(`^Step 2 / +of ${chapter.steps.length}: \\S`));
  await expect(kicker.locator('.step-title')).not.toBeEmpty();
  for (const name of ['Previous step', 'Next step']) {
    const box = (await page.getByRole('link', { name }).boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(40);
    expect(box.width, name).toBeGreaterThanOrEqual(40);
  }
  await expectNoAxeViolations(page, 'the step controls', '[data-diagram] .step-controls');
});

test('the progress under the diagram is legible: dots of at least 8 px, the counter at 4.5:1 or more', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  await ready(page);
  const found = await page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const dots = [...document.querySelectorAll('[data-diagram] .step-dot')].map((d) => d.getBoundingClientRect());
    const counter = document.querySelector('[data-diagram] .step-progress')!;
    // What the counter is drawn on: its nearest ancestor with a background of its own.
    let under: Element | null = counter;
    const clear = (el: Element) => /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(el).backgroundColor);
    while (under && clear(under)) under = under.parentElement;
    const ground = getComputedStyle(under ?? document.documentElement).backgroundColor;
    const [a, b] = [luminance(getComputedStyle(counter).color), luminance(ground)];
    return {
      smallestDot: Math.min(...dots.map((r) => Math.min(r.width, r.height))),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
  expect(found.smallestDot).toBeGreaterThanOrEqual(8);
  expect(found.contrast).toBeGreaterThanOrEqual(4.5);
});
