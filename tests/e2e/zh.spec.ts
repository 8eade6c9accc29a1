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
    // A link to the English edition says so in English, marked lang="en": that is not interface text.
    const chinese = (el: Element) => el.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ?? false;
    const chrome = 'header, footer, nav, button, label, legend, summary, select, .step-controls, [role="status"]';
    for (const el of document.querySelectorAll<HTMLElement>(chrome)) if (chinese(el)) texts.push(el.innerText ?? '');
    for (const el of document.querySelectorAll('[aria-label], [title], img[alt]'))
      if (chinese(el)) for (const name of ['aria-label', 'title', 'alt']) texts.push(el.getAttribute(name) ?? '');
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

test('an English page names its Chinese twin; each step links to itself in the other language, and the header to the same page', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page);
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
  const toChinese = page.locator(`#${step.id}`).getByRole('link', { name: '用中文读这一步' });
  await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
  await toChinese.click();
  await expect(page).toHaveURL(new RegExp(`/zh/chapters/${chapter.slug}/#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await expect(diagram(page)).toHaveAttribute('data-drawing', 'live');
  await page.locator(`#${step.id}`).getByRole('link', { name: 'Read this step in English' }).click();
  await expect(page).toHaveURL(new RegExp(`[^h]/chapters/${chapter.slug}/#${step.id}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);

  // The header's switch, at the top of the page, leads to the same page in the other language.
  for (const [name, lang, path] of [
    ['中文', 'zh-Hans', `/zh/chapters/${chapter.slug}/`],
    ['English', 'en', `/chapters/${chapter.slug}/`],
  ] as const) {
    await page.getByRole('banner').getByRole('link', { name }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(new URL(page.url()).pathname).toBe(path);
  }
  await page.goto('/sources/');
  await page.getByRole('banner').getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/sources\/$/);
  expect(errors).toEqual([]);
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

test('each edition has its own 404 page, and each points to the other edition in its language', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/zh/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('这个页面不属于这份解读');
  await expect(page.getByRole('main').getByRole('link', { name: '目录' })).toHaveAttribute('href', /\/zh\/$/);
  const english = page.locator('main p[lang="en"]');
  await expect(english.getByRole('link')).toHaveAttribute('href', /^\/$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\/$/);
  await expect(page.locator('main ol li')).toHaveCount(7);
  expect(await page.locator('main ol').innerText()).not.toMatch(/[A-Za-z]{3,}/);
  await expectNoAxeViolations(page, '/zh/404.html');

  await page.goto('/no-such-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const chinese = page.locator('main p[lang="zh-Hans"]');
  await expect(chinese).toContainText('想读中文');
  await expect(chinese.getByRole('link')).toHaveAttribute('href', /\/zh\/$/);
  // A 404 has no twin: the header's switch leads to the other edition's home.
  await expect(page.getByRole('banner').getByRole('link', { name: '中文' })).toHaveAttribute('href', /^\/zh\/$/);
  await expectNoAxeViolations(page, '/no-such-page/');
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});
