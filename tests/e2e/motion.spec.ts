import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { diagram, drawingLive, expectNoAxeViolations, pathOf, readManifest, scrollToStep } from './helpers';

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

for (const lang of LANGS) {
  test(`scenes morph through in-between frames (${lang})`, async ({ page, request }) => {
    const { chapters } = await readManifest(request, lang);
    await page.goto(pathOf(chapters[1]!.url));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[1]!.steps[0]!.scene);
    await drawingLive(page);
    // Before, after, and at least one picture in between (a loaded machine draws fewer frames).
    expect(await framesDuringMorph(page)).toBeGreaterThan(2);
  });
}

test('adopting the drawings while the page is idle changes nothing in them', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const step = chapters[1]!.steps.at(-1)!;
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { changes: string[] }).changes = changes;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) changes.push(`${r.type} ${(r.target as Element).tagName} ${r.attributeName ?? ''}`);
      }).observe(document.querySelector('[data-diagram] svg')!, {
        attributes: true,
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
  await page.goto(pathOf(step.shareUrl));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await drawingLive(page);
  // A drawing with a key, whose entries the painter must find by their keys.
  await expect(diagram(page).locator('[data-key-entry]').first()).toBeAttached();
  const changes = await page.evaluate(async () => {
    await new Promise((done) => requestIdleCallback(() => requestIdleCallback(done)));
    return (window as unknown as { changes: string[] }).changes;
  });
  expect(changes).toEqual([]);
});

test('once the page has been idle, a morph reads nothing back from the drawings it paints', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[1]!.steps[0]!.scene);
  await drawingLive(page);
  const reads = await page.evaluate(async () => {
    // Idle callbacks run in the order they were asked for: these run after the page's own.
    await new Promise((done) => requestIdleCallback(() => requestIdleCallback(done)));
    let count = 0;
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (this: Element, name: string) {
      if (this.closest('[data-diagram] svg')) count += 1;
      return getAttribute.call(this, name);
    };
    const frame = () => new Promise(requestAnimationFrame);
    const morphing = () => document.querySelector('[data-diagram] [data-morphing]') !== null;
    document.querySelector<HTMLAnchorElement>('[data-diagram] .step-controls a:last-child')!.click();
    // The morph, then the hidden drawing's paint, in the commit that ends it.
    while (!morphing()) await frame();
    while (morphing()) await frame();
    await frame();
    Element.prototype.getAttribute = getAttribute;
    return count;
  });
  await expect(diagram(page).locator('[data-morphing]')).toHaveCount(0);
  expect(reads).toBe(0);
});

for (const lang of LANGS) {
  test(`with reduced motion a scene changes with no in-between frames (${lang})`, async ({ page, request }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { chapters } = await readManifest(request, lang);
    await page.goto(pathOf(chapters[1]!.url));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', chapters[1]!.steps[0]!.scene);
    await drawingLive(page);
    expect(await framesDuringMorph(page)).toBe(2);
  });
}

/**
 * The drawing on screen as text: each element's tag, attributes (sorted: a painted attribute
 * may be listed in another order than the server lists it) and text, in document order.
 */
function drawingOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-diagram] svg')!;
    const shown = [...svg.querySelectorAll(':scope > svg')].find((el) => getComputedStyle(el).display !== 'none');
    const describe = (el: Element): string => {
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
      const inner = el.childElementCount ? [...el.children].map(describe).join('') : (el.textContent ?? '');
      return `<${el.tagName} ${attrs.join(' ')}>${inner}</${el.tagName}>`;
    };
    return describe(shown ?? svg);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px, morphs interrupted by quick presses end on the picture the server draws`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    const { chapters } = await readManifest(request);
    const chapter = chapters.find((c) => c.steps.length >= 4)!;
    await page.goto(pathOf(chapter.url));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
    await drawingLive(page);
    const next = page.locator('[data-diagram] .step-controls a').last();
    for (let i = 0; i < 3; i += 1) {
      await next.click();
      // Let the morph get under way before the next press cuts it short.
      await page.waitForFunction(() => document.querySelector('[data-diagram] [data-morphing]'));
    }
    const last = chapter.steps[3]!;
    await expect(diagram(page)).toHaveAttribute('data-active-scene', last.scene);
    await expect(diagram(page).locator('[data-morphing]')).toHaveCount(0);
    const morphed = await drawingOnScreen(page);
    await page.goto(pathOf(last.shareUrl));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', last.scene);
    expect(morphed).toBe(await drawingOnScreen(page));
  });
}

test('every scene of every chapter passes axe', async ({ page, request }) => {
  test.setTimeout(240_000);
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    await page.goto(pathOf(chapter.url));
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
      await expect(diagram(page).locator('[data-morphing]')).toHaveCount(0);
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
