import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { diagram, drawingLive, pathOf, readManifest, scrollToStep } from './helpers';

/**
 * The phone drawing: on a narrow screen the diagram is its own arrangement of the same boxes,
 * with words a reader can read. Checked in every scene at three common phone widths.
 */
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 412, height: 915 },
];

interface LabelProblem {
  text: string;
  problem: string;
}

/** Every drawn label of the phone (or wide) drawing on screen: its size, its box, its neighbours. */
function labelProblems(page: Page, layout: 'narrow' | 'wide' = 'narrow'): Promise<LabelProblem[]> {
  return page.evaluate((layout) => {
    const svg = document.querySelector<SVGSVGElement>(`[data-diagram] .diagram-${layout}`)!;
    const problems: { text: string; problem: string }[] = [];
    if (getComputedStyle(svg).display === 'none') return [{ text: '', problem: `the ${layout} drawing is hidden` }];
    // The phone drawing shows one of its two pages: the words of the page out of view are not
    // read. The canvas is the outer svg's box (an inner svg's client rect is what it draws).
    const canvas = svg.ownerSVGElement!.getBoundingClientRect();
    const labels = [...svg.querySelectorAll<SVGTextElement>('text[data-label]')].filter((t) => {
      const r = t.getBoundingClientRect();
      return t.textContent!.trim() && r.right > canvas.left + 1 && r.left < canvas.right - 1;
    });
    const rects = labels.map((t) => t.getBoundingClientRect());
    labels.forEach((t, i) => {
      const text = t.textContent!;
      const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a;
      if (px < 12) problems.push({ text, problem: `font ${px.toFixed(1)} px` });
      const r = rects[i]!;
      if (t.dataset.label === 'node') {
        const box = t.closest('g[data-node]')!.querySelector('rect')!.getBoundingClientRect();
        const inside =
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - 0.5 &&
          r.bottom <= box.bottom + 0.5;
        if (!inside) problems.push({ text, problem: 'overflows its box' });
      }
      if (r.left < canvas.left - 0.5 || r.right > canvas.right + 0.5)
        problems.push({ text, problem: 'runs off the drawing' });
      rects.slice(i + 1).forEach((o, j) => {
        const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (w > 1 && h > 1) problems.push({ text, problem: `overlaps “${labels[i + 1 + j]!.textContent}”` });
      });
    });
    return problems;
  }, layout);
}

/** The node words on screen in the phone drawing, the page shown, and every node word of the wide one. */
function shownWords(page: Page): Promise<{ words: string[]; wide: string[]; page: 1 | 2 }> {
  return page.evaluate(() => {
    const norm = (t: Element) => t.textContent!.replace(/\s+/g, '');
    const narrow = document.querySelector<SVGSVGElement>('[data-diagram] .diagram-narrow')!;
    const canvas = narrow.ownerSVGElement!.getBoundingClientRect();
    const onScreen = [...narrow.querySelectorAll('text[data-label="node"]')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.right > canvas.left && r.left < canvas.right;
    });
    const wide = [...document.querySelectorAll('[data-diagram] .diagram-wide text[data-label="node"]')];
    const shift = narrow.querySelector('[data-pages]')!.getAttribute('transform');
    return {
      words: onScreen.map(norm).filter(Boolean),
      wide: wide.map(norm).filter(Boolean),
      page: shift ? 2 : 1,
    };
  });
}

/** Walks every step of every chapter in a language, checking the words of the drawing on screen. */
async function everyStepReads(page: Page, request: APIRequestContext, lang: 'en' | 'zh', layout: 'narrow' | 'wide') {
  const { chapters } = await readManifest(request, lang);
  for (const chapter of chapters) {
    await page.goto(pathOf(chapter.url));
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect(diagram(page), `${chapter.slug}#${step.id}`).toHaveAttribute('data-active-scene', step.scene);
      expect(await labelProblems(page, layout), `${lang} ${chapter.slug}#${step.id}`).toEqual([]);
    }
  }
}

for (const size of PHONES) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size, reducedMotion: 'reduce' });

    for (const lang of ['en', 'zh'] as const) {
      test(`every scene’s labels are at least 12 px, inside their boxes and clear of each other (${lang})`, async ({
        page,
        request,
      }) => {
        await everyStepReads(page, request, lang, 'narrow');
      });
    }

    test('a step with a side panel keeps every word of the wide drawing: the switch turns to the other page', async ({
      page,
      request,
    }) => {
      const { chapters } = await readManifest(request);
      let turned = 0;
      for (const chapter of chapters) {
        await page.goto(pathOf(chapter.url));
        await drawingLive(page);
        for (const step of chapter.steps) {
          await scrollToStep(page, step.id);
          await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
          const button = page.locator('.page-switch');
          if ((await button.count()) === 0) continue;
          const where = `${chapter.slug}#${step.id}`;
          const before = await shownWords(page);
          expect(await labelProblems(page), where).toEqual([]);
          await button.click();
          const pages = page.locator('[data-diagram] .diagram-narrow [data-pages]');
          if (before.page === 1) await expect(pages, where).toHaveAttribute('transform', 'translate(-400 0)');
          else await expect(pages, where).not.toHaveAttribute('transform');
          const after = await shownWords(page);
          expect(await labelProblems(page), where).toEqual([]);
          const seen = new Set([...before.words, ...after.words]);
          expect(
            before.wide.filter((w) => !seen.has(w)),
            where,
          ).toEqual([]);
          turned += 1;
        }
      }
      // The Five New, Rhino, Special Edition, the new stack, the copies and the 2015 shape.
      expect(turned).toBeGreaterThanOrEqual(10);
    });

    test('the sticky diagram takes at most 45% of the screen’s height', async ({ page, request }) => {
      const { chapters } = await readManifest(request);
      await page.goto(pathOf(chapters[1]!.url));
      await scrollToStep(page, chapters[1]!.steps[1]!.id);
      const stage = await page.locator('.scrolly-stage').boundingBox();
      expect(stage!.height).toBeLessThanOrEqual(size.height * 0.45);
      expect(stage!.height).toBeGreaterThan(size.height * 0.3);
    });
  });
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  for (const lang of ['en', 'zh'] as const) {
    test(`every step's words are at least 12 px at 1280 px, inside their boxes and clear of each other (${lang})`, async ({
      page,
      request,
    }) => {
      await everyStepReads(page, request, lang, 'wide');
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [view, name] of [
    ['presentUrl', 'lecture mode'],
    ['embedUrl', 'an embed'],
  ] as const) {
    test(`${name} turns a side-panel step to the platform and back, as the story does`, async ({ page, request }) => {
      const { chapters } = await readManifest(request);
      // Chapter 4's third step, Rhino standing alone, opens a phone on its side panel.
      const chapter = chapters.find((c) => c.slug === 'the-second-curve')!;
      await page.goto(`${pathOf(chapter[view])}?step=3`);
      await expect(diagram(page)).toHaveAttribute('data-active-scene', chapter.steps[2]!.scene);
      const pages = page.locator('[data-diagram] .diagram-narrow [data-pages]');
      const button = page.locator('.page-switch');
      await expect(pages).toHaveAttribute('transform', 'translate(-400 0)');
      await expect(button).toHaveAccessibleName('Show the platform');
      await button.click();
      await expect(pages).not.toHaveAttribute('transform');
      await expect(button).toHaveAccessibleName(/^Show /);
      await button.click();
      await expect(pages).toHaveAttribute('transform', 'translate(-400 0)');
      // Every control stays on the screen, the lecture's tools too.
      for (const control of await page.locator('button:visible, a:visible').all()) {
        const box = (await control.boundingBox())!;
        expect(box.x + box.width, await control.innerText()).toBeLessThanOrEqual(390);
      }
    });
  }

  test('a morph animates the phone drawing, matching boxes by id', async ({ page, request }) => {
    const { chapters } = await readManifest(request);
    // Chapter 1 ends on the cracked platform, its services pulled apart from the 2015 grid.
    const chapter = chapters[0]!;
    await page.goto(pathOf(chapter.url));
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Step \d+ of/);
    await drawingLive(page);
    const last = chapter.steps.at(-1)!.id;
    // The step's own (no-JS) figure holds the phone drawing's end state: where the morph must land.
    const watch = page.evaluate(
      (stepId) =>
        new Promise<number[]>((resolve) => {
          const narrow = document.querySelector('[data-diagram] .diagram-narrow')!;
          const box = () => narrow.querySelector('[data-node="product"] rect')!.getAttribute('y');
          const end = document
            .querySelector(`#${stepId} .step-figure .diagram-narrow [data-node="product"] rect`)!
            .getAttribute('y');
          // Read in every frame: the painter writes lengths through the SVG DOM, which makes
          // no mutation records.
          const xs = new Set<string>();
          const look = () => {
            xs.add(box()!);
            if (box() === end) resolve([...xs].map(Number));
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
      last,
    );
    await scrollToStep(page, last);
    const xs = await watch;
    // "Product" slides from its place in the grid to its cracked piece's: several in-between
    // positions, not a jump.
    expect(xs.length).toBeGreaterThan(3);
  });

  test('without JavaScript the phone drawing is the one shown, in the live diagram and the step figures', async ({
    browser,
    request,
  }) => {
    const { chapters } = await readManifest(request);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(pathOf(chapters[0]!.url));
    await expect(page.locator('[data-diagram] .diagram-narrow')).toBeVisible();
    await expect(page.locator('[data-diagram] .diagram-wide')).toBeHidden();
    await expect(page.locator('.step-figure .diagram-narrow').first()).toBeVisible();
    await context.close();
  });
});
