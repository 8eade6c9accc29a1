import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/site';
import { measureShifts, pathOf, readManifest, ready, scrollToStep } from './helpers';

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { cls: number }).cls);

/** The first face of a font-family stack, past the Chinese edition's punctuation face. */
const first = (family: string) =>
  family
    .split(',')
    .map((name) => name.trim().replace(/['"]/g, ''))
    .find((name) => name !== 'CJK Punctuation')!;

/** Fonts in use by the page's text, as the browser reports them. */
const loadedFaces = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`a chapter whose fonts arrive late shifts nothing when they land, ${viewport.width} px wide`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request);
    const chapter = chapters[0]!;
    await page.setViewportSize(viewport);
    await measureShifts(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    let arrived = 0;
    page.on('requestfinished', (sent) => {
      if (sent.url().endsWith('.woff2')) arrived += 1;
    });
    await page.route('**/*.woff2', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });

    // Preloaded fonts hold back the load event, so wait only for the document.
    await page.goto(pathOf(chapter.url), { waitUntil: 'domcontentloaded' });
    await ready(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(arrived).toBe(0);
    release();
    await expect.poll(() => asked).toBeGreaterThan(0);
    await expect.poll(() => arrived).toBe(asked);
    // Two frames after the last face has landed, any reflow it caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const step of chapter.steps) await scrollToStep(page, step.id);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await shifts(page)).toBe(0);
  });
}

test('the prose and the interface are set in the site’s own faces, served by the site', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const faces: string[] = [];
  page.on('requestfinished', (sent) => {
    if (sent.url().endsWith('.woff2')) faces.push(new URL(sent.url()).pathname);
  });
  await page.goto(pathOf(chapters[0]!.url), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(faces.length).toBeGreaterThanOrEqual(2);
  const loaded = await loadedFaces(page);
  const prose = await page
    .locator('.step-text p')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  const ui = await page.getByRole('link', { name: 'Lecture mode' }).evaluate((el) => getComputedStyle(el).fontFamily);
  const diagramFont = await page
    .locator('[data-diagram] svg[role="img"]')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(loaded).toContain(first(prose));
  expect(loaded).toContain(first(ui));
  expect(first(prose)).not.toBe(first(ui));
  // The diagram is set in the interface's Inter, whose advance widths its labels are fitted to.
  expect(first(diagramFont)).toBe(first(ui));
});

/** The fonts a page's HTML preloads, by file. */
const preloadedFonts = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1]!).sort();

for (const lang of LANGS) {
  test(`the 404 page in ${lang} preloads the site’s faces as every other page does, and is set in them`, async ({
    page,
    request,
  }) => {
    const home = await (await request.get(homePath(lang))).text();
    const missPath = lang === 'en' ? '/404.html' : '/zh/404.html';
    const miss = await (await request.get(missPath)).text();
    expect(preloadedFonts(home).length).toBeGreaterThanOrEqual(2);
    expect(preloadedFonts(miss)).toEqual(preloadedFonts(home));

    await page.goto(missPath, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const loaded = await loadedFaces(page);
    for (const locator of [page.locator('h1'), page.getByRole('link', { name: messages(lang).notFound.link })]) {
      const family = await locator.first().evaluate((el) => getComputedStyle(el).fontFamily);
      expect(loaded).toContain(first(family));
    }
  });
}
