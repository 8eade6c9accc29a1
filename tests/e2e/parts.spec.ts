import { expect, test, type Page } from '@playwright/test';
import { diagram, drawingLive, expectNoAxeViolations, pathOf, readManifest, scrollToStep } from './helpers';

/** Chapter 2, at the step whose words name the payment and inventory services. */
const CHAPTER = 'big-middle-small-front';
const STEP = 'double-11';
const HINTS = { en: 'Shown in the diagram: Payment', zh: '图中所示：支付' } as const;

async function openStep(page: Page, lang: 'en' | 'zh', step = STEP) {
  const { chapters } = await readManifest(page.request, lang);
  await page.goto(pathOf(chapters.find((chapter) => chapter.slug === CHAPTER)!.url));
  await drawingLive(page);
  await scrollToStep(page, step);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step);
}

/** How the payment box and a box it does not name are drawn on the visible drawing. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const visible = [...document.querySelectorAll('[data-diagram] .diagram-dual > svg')].find(
      (svg) => getComputedStyle(svg).display !== 'none',
    )!;
    const payment = visible.querySelector('[data-node="payment"]')!;
    return {
      pointing: document.querySelector('[data-diagram]')!.getAttribute('data-pointing'),
      marked: payment.hasAttribute('data-pointed'),
      stroke: getComputedStyle(payment.querySelector('rect')!).strokeWidth,
      other: getComputedStyle(visible.querySelector('[data-node="taobao"]')!).filter,
    };
  });

for (const lang of ['en', 'zh'] as const) {
  test(`focusing a part's words lights it up in the diagram while its step is active, and leaving clears it (${lang})`, async ({
    page,
  }) => {
    await openStep(page, lang);
    const part = page.locator(`#${STEP} [data-part="payment"]`);
    await expect(part).toHaveAttribute('tabindex', '0');
    await expect(part).toHaveAccessibleDescription(HINTS[lang]);
    // Another step's words are prose: no focus stop.
    await expect(page.locator('#layers [data-part]').first()).not.toHaveAttribute('tabindex');
    expect(await drawn(page)).toEqual({ pointing: null, marked: false, stroke: expect.any(String), other: 'none' });

    await part.focus();
    await expect(diagram(page)).toHaveAttribute('data-pointing', 'payment');
    // The rest dims over a short transition.
    await expect
      .poll(() => drawn(page))
      .toEqual({ pointing: 'payment', marked: true, stroke: '3px', other: 'opacity(0.45)' });
    await expectNoAxeViolations(page, `${CHAPTER} with a part lit (${lang})`);

    await part.blur();
    await expect(diagram(page)).not.toHaveAttribute('data-pointing');
    await expect.poll(() => drawn(page)).toMatchObject({ pointing: null, marked: false, other: 'none' });

    await part.hover();
    await expect(diagram(page)).toHaveAttribute('data-pointing', 'payment');
    await page.mouse.move(5, 5);
    await expect(diagram(page)).not.toHaveAttribute('data-pointing');
  });
}

test('a layer named in the words is lit with the boxes it holds, the rest dimmed', async ({ page }) => {
  await openStep(page, 'en', 'layers');
  await page.locator('#layers [data-part="back"]').focus();
  await expect(diagram(page)).toHaveAttribute('data-pointing', 'back');
  const look = (selector: string) =>
    page
      .locator(`[data-diagram] .diagram-wide ${selector}`)
      .evaluate((element) => [element.getAttribute('data-pointed'), getComputedStyle(element).filter]);
  await expect.poll(() => look('[data-band="back"]')).toEqual(['part', 'none']);
  await expect.poll(() => look('[data-node="infra"]')).toEqual(['inside', 'none']);
  await expect.poll(() => look('[data-node="payment"]')).toEqual([null, 'opacity(0.45)']);
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'zh'] as const) {
    test(`a part's words read as plain prose: no focus stop, no mark of anything to press (${lang})`, async ({
      page,
    }) => {
      const { chapters } = await readManifest(page.request, lang);
      await page.goto(pathOf(chapters.find((chapter) => chapter.slug === CHAPTER)!.url));
      const parts = page.locator('[data-part]');
      expect(await parts.count()).toBeGreaterThan(3);
      const looks = await parts.evaluateAll((all) =>
        all.map((part) => ({
          tabindex: part.getAttribute('tabindex'),
          described: part.getAttribute('aria-describedby'),
          line: getComputedStyle(part).textDecorationLine,
          cursor: getComputedStyle(part).cursor,
        })),
      );
      for (const look of looks) expect(look).toEqual({ tabindex: null, described: null, line: 'none', cursor: 'auto' });
    });
  }
});
