import { expect, test, type APIRequestContext } from '@playwright/test';
import { diagram, pathOf, readManifest, ready } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function meta(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const read = (attr: string, name: string) =>
    new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');
  return {
    html,
    ogTitle: read('property', 'og:title'),
    ogDescription: read('property', 'og:description'),
    ogImage: read('property', 'og:image'),
    ogImageAlt: read('property', 'og:image:alt'),
    twitterCard: read('name', 'twitter:card'),
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    oembed: /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/.exec(html)?.[1],
  };
}

test('every chapter and step URL unfurls with a title, a description, a card of its scene and a canonical link', async ({
  request,
}) => {
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    for (const url of [chapter.url, ...chapter.steps.map((s) => s.shareUrl)]) {
      const tags = await meta(request, pathOf(url));
      expect(tags.ogTitle, url).toBeTruthy();
      expect(tags.ogDescription, url).toBeTruthy();
      expect(tags.twitterCard, url).toBe('summary_large_image');
      expect(tags.canonical, url).toBe(chapter.url);
      expect(tags.ogImage, url).toMatch(/\/og\/.+\.png$/);
      const step = chapter.steps.find((s) => s.shareUrl === url) ?? chapter.steps[0]!;
      expect(tags.ogImageAlt, url).toBe(step.description);
    }
  }
});

test('share cards are 1200×630 PNGs and cards of different scenes differ', async ({ request }) => {
  const { chapters } = await readManifest(request);
  const cards = new Map<string, string>();
  for (const chapter of chapters) {
    for (const step of chapter.steps) {
      const { ogImage } = await meta(request, pathOf(step.shareUrl));
      const response = await request.get(pathOf(ogImage!));
      expect(response.headers()['content-type']).toContain('image/png');
      const bytes = await response.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      cards.set(`${chapter.slug}/${step.scene}`, bytes.toString('base64'));
    }
  }
  const distinct = new Set(cards.values());
  expect(distinct.size).toBe(cards.size);
});

test('a step share URL opens the chapter at that step, drawn in its scene on the server', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3)!;
  const step = chapter.steps.at(-1)!;
  const { html } = await meta(request, pathOf(step.shareUrl));
  expect(html).toContain(`data-active-scene="${step.scene}"`);
  await page.goto(pathOf(step.shareUrl));
  await expect(diagram(page)).toHaveAttribute('data-active-scene', step.scene);
  await expect(page.locator(`[id="${step.id}"]`)).toBeInViewport();
});

test('a chapter page points link unfurlers at its oEmbed description', async ({ request }) => {
  const { chapters } = await readManifest(request);
  const tags = await meta(request, pathOf(chapters[0]!.url));
  expect(tags.oembed).toMatch(new RegExp(`/oembed/${chapters[0]!.slug}\\.json$`));
});

test('the copy link control copies the step URL and says so', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  const step = chapter.steps[1]!;
  await page.goto(pathOf(chapter.url));
  await ready(page); // before that the control is a plain link to the step's share URL
  const control = page.locator(`[id="${step.id}"]`).getByRole('link', { name: 'Link to this step' });
  await control.scrollIntoViewIfNeeded();
  await control.click();
  await expect(page.locator(`[id="${step.id}"]`).getByRole('status')).toHaveText(/copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(pathOf(step.shareUrl));
  await expect(page).toHaveURL(new RegExp(`${pathOf(chapter.url)}$`));
});
