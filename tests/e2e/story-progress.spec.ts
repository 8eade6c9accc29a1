import { expect, test } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { expectNoAxeViolations, pathOf, readManifest } from './helpers';

/** The contrast of an element's text against the nearest background behind it. */
const contrastOf = (selector: string) => (page: import('@playwright/test').Page) =>
  page.evaluate((css) => {
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const element = document.querySelector(css)!;
    let under: Element | null = element;
    const clear = (el: Element) => /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(el).backgroundColor);
    while (under && clear(under)) under = under.parentElement;
    const [a, b] = [
      luminance(getComputedStyle(element).color),
      luminance(getComputedStyle(under ?? document.documentElement).backgroundColor),
    ];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }, selector);

for (const lang of LANGS) {
  test(`under the diagram, a chapter says where it is in the whole story (${lang})`, async ({ page, request }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters[2]!;
    const words = messages(lang).chapter.kicker(3, chapters.length);
    // In the page as served: drawn by the server, there at the first paint, before any script.
    const served = await (await request.get(pathOf(chapter.url))).text();
    expect(served).toContain(`<span class="story-label">${words}</span>`);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(pathOf(chapter.url));
      const story = page.locator('[data-diagram] .story-progress');
      const label = story.locator('.story-label');
      await expect(label).toHaveText(words);
      await expect(label).toBeVisible();
      // All of it: not cut short by the controls beside it.
      expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${width}`).toBe(true);
      expect(await contrastOf('[data-diagram] .story-label')(page), `${width}`).toBeGreaterThanOrEqual(4.5);
    }
    // A segment a chapter: those before read, this one under way, those after ahead.
    const states = await page
      .locator('[data-diagram] .story-segment')
      .evaluateAll((all) => all.map((segment) => segment.getAttribute('data-state')));
    expect(states).toEqual(['read', 'read', 'here', ...Array(chapters.length - 3).fill('ahead')]);
    // Heard after the step and its scene: "Step 1 of 3: <title>. Chapter 3 of 7".
    const heard = await page.locator('[data-diagram] .step-kicker').textContent();
    expect(heard).toMatch(new RegExp(`${words}$`));
    expect(heard!.indexOf(words)).toBeGreaterThan(heard!.indexOf(messages(lang).scrolly.counterBefore.trim()));
    await expectNoAxeViolations(page, `story progress (${lang})`, '[data-diagram] .step-controls');
  });
}

test('the story’s progress moves with the steps and shifts nothing', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.steps.at(-1)!.shareUrl));
  const fill = page.locator('[data-diagram] .story-segment[data-state="here"] .story-fill');
  await expect(fill).toHaveAttribute('style', /width:\s*100%/);
  // Measured in the page's own fonts, once they are in, against the controls row it sits in
  // (the row itself rests higher or lower as the page opens at another step).
  const placeInRow = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      const label = document.querySelector('[data-diagram] .story-label')!.getBoundingClientRect();
      const row = document.querySelector('[data-diagram] .step-controls')!.getBoundingClientRect();
      return { x: label.x - row.x, y: label.y - row.y, width: label.width, height: label.height };
    });
  const place = await placeInRow();
  await page.goto(pathOf(chapter.steps[0]!.shareUrl));
  await expect(fill).toHaveAttribute('style', new RegExp(`width:\\s*${Math.round(100 / chapter.steps.length)}%`));
  expect(await placeInRow()).toEqual(place);
});
