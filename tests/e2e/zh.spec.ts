import { expect, test, type Page } from '@playwright/test';
import { collectErrors, diagram, expectNoAxeViolations, pathOf, readManifest, scrollToStep } from './helpers';

// The Chinese edition under /zh/: every kind of page in Chinese, tied to its English twin.

/** Names and technical words that may stay in Latin letters on a Chinese page. */
const NAMES =
  /\b(AI|App|TMD|BAT|SCORM|LMS|URL|HTML|iframe|oEmbed|zip|KB|PgDn|PgUp|Home|End|Ctrl|English|Full-Stack Internet Architecture|LatePost|Why Alibaba Is Dismantling Its Middle Platform and What It Means for Innovation)\b/g;

/** The interface's words on the page: controls, navigation, landmarks' names, labels and alt text. */
function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const chrome = 'header, footer, nav, button, label, legend, summary, select, .step-controls, [role="status"]';
    for (const el of document.querySelectorAll<HTMLElement>(chrome)) texts.push(el.innerText ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], img[alt]'))
      for (const name of ['aria-label', 'title', 'alt']) texts.push(el.getAttribute(name) ?? '');
    return texts.filter((t) => t.trim());
  });
}

async function chineseRoutes(request: Parameters<typeof readManifest>[0]) {
  const { chapters } = await readManifest(request, 'zh');
  const first = chapters[0]!;
  return {
    chapters,
    routes: [
      '/zh/',
      '/zh/sources/',
      '/zh/teach/',
      ...chapters.map((c) => pathOf(c.url)),
      `/zh/chapters/${first.slug}/${first.steps[2]!.id}/`,
      pathOf(first.embedUrl),
      pathOf(first.presentUrl),
      `${pathOf(first.presentUrl)}presenter/`,
    ],
  };
}

test('every kind of Chinese page says it is Chinese, names its English twin, passes axe and speaks no English', async ({
  page,
  request,
}) => {
  const { routes } = await chineseRoutes(request);
  const errors = collectErrors(page);
  for (const route of new Set(routes)) {
    await page.goto(route);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    // A step's share page is its chapter opened at the step: its twins are the chapter's.
    const chapterOf = (path: string) => path.replace(/^(\/zh)?(\/chapters\/[^/]+\/).*$/, '$2');
    const twin = route.startsWith('/zh/chapters/') ? chapterOf(route) : route.replace(/^\/zh/, '') || '/';
    if (!/\/(embed|present)\//.test(route)) {
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        new RegExp(`[^h]${twin}$`),
      );
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        new RegExp(`[^h]${twin}$`),
      );
      await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
        'href',
        new RegExp(`/zh${twin}$`),
      );
    }
    const latin = (await interfaceText(page))
      .map((t) => t.replace(NAMES, '').match(/[A-Za-z]{2,}/g))
      .flat()
      .filter(Boolean);
    expect(latin, `Latin words in the interface of ${route}`).toEqual([]);
    await expectNoAxeViolations(page, route);
  }
  expect(errors).toEqual([]);
});

test('an English page names its Chinese twin, and the language switch keeps the chapter and the step', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[0]!;
  const step = chapter.steps[2]!;
  await page.goto(pathOf(chapter.url));
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
    'href',
    new RegExp(`/zh/chapters/${chapter.slug}/$`),
  );
  await expect(diagram(page)).toHaveAttribute('data-drawing', 'live');
  await scrollToStep(page, step.id);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/chapters/${chapter.slug}/#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Chinese step link opens at its step, tells it in Chinese, and unfurls with its Chinese card', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request, 'zh');
  const chapter = chapters[3]!;
  const step = chapter.steps.at(-1)!;
  await page.goto(`/zh/chapters/${chapter.slug}/${step.id}/`);
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(/^第 \d+ 步，共 \d+ 步。/);
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(card).toMatch(new RegExp(`/zh/og/${chapter.slug}/${step.id}\\.png$`));
  const png = await page.request.get(pathOf(card!));
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).length).toBeGreaterThan(10_000);
});

test('a Chinese chapter reads without script: its steps, their pictures and captions in Chinese', async ({
  browser,
  request,
}) => {
  const { chapters } = await readManifest(request, 'zh');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathOf(chapters[1]!.url));
  const figures = page.locator('.step-figure');
  await expect(figures.first()).toBeVisible();
  await expect(figures.first().locator('figcaption')).toHaveText(/\p{Script=Han}/u);
  await expect(page.locator('.step-figure svg[lang="zh-Hans"]').first()).toBeAttached();
  await context.close();
});

test('the Chinese manifest and oEmbed answers describe the Chinese edition', async ({ request }) => {
  const { chapters } = await readManifest(request, 'zh');
  expect(chapters).toHaveLength(7);
  expect(chapters[0]!.url).toMatch(/\/zh\/chapters\/the-teardown\/$/);
  expect(chapters[0]!.title).toMatch(/\p{Script=Han}/u);
  const oembed = (await (await request.get(`/zh/oembed/${chapters[0]!.slug}.json`)).json()) as { html: string };
  expect(oembed.html).toContain(`/zh/embed/${chapters[0]!.slug}/`);
});

test('scrolling a Chinese chapter moves the diagram step by step', async ({ page, request }) => {
  const { chapters } = await readManifest(request, 'zh');
  const chapter = chapters[2]!;
  await page.goto(pathOf(chapter.url));
  for (const step of chapter.steps) {
    await scrollToStep(page, step.id);
    await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  }
});
