import { expect, test, type Page } from '@playwright/test';
import { rgb } from 'd3-color';
import { DIAGRAM_DARK, DIAGRAM_LIGHT } from '@/lib/design/diagram-colors';
import { COLORS, COLORS_DARK } from '@/lib/design/tokens';
import { THEME_KEY } from '@/lib/theme/theme';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest } from './helpers';

/** A colour as getComputedStyle writes it. */
const css = (hex: string) => rgb(hex).toString();
const LIGHT_PAGE = css(COLORS.paper);
const DARK_PAGE = css(COLORS_DARK.paper);

type Scheme = 'light' | 'dark';

/**
 * Before the page's own scripts: stores the reader's choice (if any) and records the root's
 * background in each of the first frames, from the very first one the browser renders.
 */
async function recordFirstFrames(page: Page, stored: Scheme | null) {
  await page.addInitScript(
    ({ key, choice }) => {
      if (choice) localStorage.setItem(key, choice);
      const seen: string[] = [];
      (window as unknown as { firstFrames: string[] }).firstFrames = seen;
      const look = () => {
        seen.push(getComputedStyle(document.documentElement).backgroundColor);
        if (seen.length < 4) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
    { key: THEME_KEY, choice: stored },
  );
}

const firstFrames = (page: Page) =>
  page
    .waitForFunction(() => {
      const frames = (window as unknown as { firstFrames?: string[] }).firstFrames;
      return frames && frames.length >= 4 ? frames : null;
    })
    .then((handle) => handle.jsonValue() as Promise<string[]>);

/** The routes of every kind: home, a chapter, the explorable's chapter, sources, 404, an embed, lecture mode. */
async function routesOfEveryKind(request: Parameters<typeof readManifest>[0]) {
  const { chapters } = await readManifest(request);
  const [first, last] = [chapters[0]!, chapters.at(-1)!];
  return [
    '/',
    pathOf(first.url),
    pathOf(last.url),
    '/sources/',
    '/teach/',
    '/no-such-page/',
    `/embed/${first.slug}/`,
    `/present/${first.slug}/`,
  ];
}

for (const { system, stored, expected } of [
  { system: 'dark', stored: null, expected: 'dark' },
  { system: 'light', stored: 'dark', expected: 'dark' },
  { system: 'dark', stored: 'light', expected: 'light' },
] as const) {
  test(`with the system ${system} and ${stored ?? 'no'} choice stored, every kind of page is ${expected} from its first frame`, async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ colorScheme: system });
    const page = await context.newPage();
    const want = expected === 'dark' ? DARK_PAGE : LIGHT_PAGE;
    for (const route of await routesOfEveryKind(request)) {
      // An embed follows the scheme of the page that frames it, never the reader's choice on this site.
      const embedWant = route.startsWith('/embed/') ? (system === 'dark' ? DARK_PAGE : LIGHT_PAGE) : want;
      await recordFirstFrames(page, stored);
      await page.goto(route);
      expect(await firstFrames(page), route).toEqual(Array(4).fill(embedWant));
    }
    await context.close();
  });
}

test('the theme control switches the scheme at once, keeps it on the next page, and System hands back to the system', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const control = page.getByRole('combobox', { name: 'Theme' });
  await expect(control).toBeEnabled();
  await expect(control).toHaveValue('system');
  await control.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAGE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

  await recordFirstFrames(page, null);
  await page.goto('/sources/');
  expect(await firstFrames(page)).toEqual(Array(4).fill(DARK_PAGE));
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeEnabled();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.locator('html')).toHaveCSS('background-color', LIGHT_PAGE);
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAGE);
});

test('the diagram draws in its own dark palette, and in its light one by day', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const hema = chapters.find((c) => c.slug === 'combinatorial-innovation')!;
  const reused = page.locator('[data-diagram] .diagram-wide [data-node="product"] rect');
  const built = page.locator('[data-diagram] .diagram-wide [data-node="hema"] rect');
  for (const [scheme, colors] of [
    ['dark', DIAGRAM_DARK],
    ['light', DIAGRAM_LIGHT],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${pathOf(hema.url)}six-services/`);
    await expect(reused).toHaveCSS('fill', css(colors.tones.accent.fill));
    await expect(reused).toHaveCSS('stroke', css(colors.tones.accent.stroke));
    await expect(built).toHaveCSS('fill', css(colors.tones.new.fill));
  }
});

test('an embed takes ?theme= before its first frame, whatever the system, and the Embed dialog offers it', async ({
  browser,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await recordFirstFrames(page, null);
  await page.goto(`/embed/${chapters[0]!.slug}/?theme=dark`);
  expect(await firstFrames(page)).toEqual(Array(4).fill(DARK_PAGE));

  await page.goto(pathOf(chapters[0]!.url));
  await page.getByRole('button', { name: /Embed/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Always dark' }).check();
  await expect(dialog.getByRole('textbox')).toHaveValue(/\?theme=dark"/);
  await expect(dialog.frameLocator('iframe').locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('printing stays light in the dark scheme: white paper, dark ink and the diagram’s light palette', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
  await page.goto(pathOf(chapters[2]!.url));
  await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAGE);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('body')).toHaveCSS('color', css(COLORS.ink));
  const figure = page.locator('.step-figure .diagram-wide [data-node="product"] rect').first();
  await expect(figure).toHaveCSS('fill', css(DIAGRAM_LIGHT.kindFill.capability));
});

test('every kind of page passes axe in the dark scheme, without console errors', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const { chapters } = await readManifest(request);
  const routes = [...new Set([...(await routesOfEveryKind(request)), ...chapters.map((c) => pathOf(c.url))])];
  for (const route of routes) {
    const errors = collectErrors(page);
    await page.goto(route);
    await expect(page.locator('html')).toHaveCSS('background-color', DARK_PAGE);
    await expectNoAxeViolations(page, `${route} (dark)`);
    // The 404 page is the one route whose document answers with an error status.
    expect(
      errors.filter((e) => !(route === '/no-such-page/' && e.includes('404'))),
      route,
    ).toEqual([]);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
  await context.close();
});
