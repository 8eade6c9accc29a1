import { expect, test } from '@playwright/test';
import { pathOf, readManifest } from './helpers';

test('no page asks any host but the site itself for anything', async ({ page, request, baseURL }) => {
  test.setTimeout(300_000);
  const { chapters } = await readManifest(request);
  const routes = ['/', '/sources/', '/chapters/no-such-chapter/'];
  for (const chapter of chapters) {
    routes.push(
      pathOf(chapter.url),
      ...chapter.steps.map((step) => pathOf(step.shareUrl)),
      pathOf(chapter.embedUrl),
      pathOf(chapter.presentUrl),
    );
  }

  const ownHost = new URL(baseURL!).host;
  const foreign: string[] = [];
  let seen = 0;
  page.on('request', (sent) => {
    seen += 1;
    const url = new URL(sent.url());
    // data: and blob: URLs are made in the page itself and reach no host.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== ownHost) foreign.push(`${page.url()} -> ${sent.url()}`);
  });

  for (const route of routes) {
    const response = await page.goto(route, { waitUntil: 'networkidle' });
    expect(response?.status(), route).toBe(route.includes('no-such-chapter') ? 404 : 200);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(routes.length).toBeGreaterThan(chapters.length * 2);
  expect(seen).toBeGreaterThan(routes.length);
  expect(foreign).toEqual([]);
});
