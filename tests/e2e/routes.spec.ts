import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest } from './helpers';

test('the manifest lists the seven chapters in reading order with their steps', async ({ request }) => {
  const { chapters } = await readManifest(request);
  expect(chapters.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  for (const chapter of chapters) {
    expect(chapter.url).toMatch(new RegExp(`/chapters/${chapter.slug}/$`));
    expect(chapter.steps.length).toBeGreaterThan(0);
    for (const step of chapter.steps) expect(step.description.length).toBeGreaterThan(20);
  }
});

test('home, sources, the instructors’ page and every chapter load without console errors and pass axe', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { chapters } = await readManifest(request);
  const routes = ['/', '/sources/', '/teach/', ...chapters.map((c) => pathOf(c.url))];
  for (const route of routes) {
    const errors = collectErrors(page);
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page, route);
    expect(errors, route).toEqual([]);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
});

test('the home page lists every chapter with its summary and reading time', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto('/');
  for (const chapter of chapters) {
    const link = page.getByRole('link', { name: chapter.title });
    await expect(link).toHaveAttribute('href', pathOf(chapter.url));
    await expect(page.getByText(chapter.summary)).toBeVisible();
  }
  await expect(page.getByText(/min read/).first()).toBeVisible();
});

test('an unknown address gets a helpful 404 that links home and lists the chapters', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const response = await page.goto('/chapters/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'contents', exact: true })).toHaveAttribute('href', '/');
  for (const chapter of chapters) await expect(page.getByRole('link', { name: chapter.title })).toBeVisible();
  await expectNoAxeViolations(page, '404');
});

test('chapters link to their neighbours and to the sources page', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[1]!.url));
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.getByRole('link', { name: new RegExp(chapters[0]!.title) })).toHaveAttribute('rel', 'prev');
  await expect(nav.getByRole('link', { name: new RegExp(chapters[2]!.title) })).toHaveAttribute('rel', 'next');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /Sources/ })
    .click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.getByText('LatePost').first()).toBeVisible();
  await expect(page.getByText('Full-Stack Internet Architecture').first()).toBeVisible();
});

test('a chapter fetches its neighbours while the reader is still at the top, so the next one opens at once', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page);
  const { chapters } = await readManifest(request);
  const [previous, current, next] = chapters.slice(0, 3).map((chapter) => pathOf(chapter.url));
  const fetched: string[] = [];
  const arrived: string[] = [];
  const pathOfRequest = (req: { url(): string }) => new URL(req.url()).pathname;
  page.on('request', (req) => {
    if (req.resourceType() === 'fetch') fetched.push(pathOfRequest(req));
  });
  page.on('requestfinished', (req) => {
    if (req.resourceType() === 'fetch') arrived.push(pathOfRequest(req));
  });
  await page.goto(current!);
  // Prefetched means arrived: a press while the prefetch is still under way may fetch again.
  await expect
    .poll(() => arrived.some((path) => path.startsWith(next!)), { message: 'next chapter prefetched' })
    .toBe(true);
  await expect.poll(() => arrived.some((path) => path.startsWith(previous!))).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const before = fetched.length;
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
  await expect(page.locator('h1')).toHaveText(chapters[2]!.title);
  expect(
    fetched.slice(before).filter((path) => path.startsWith(next!)),
    'no second fetch of the next chapter',
  ).toEqual([]);
  expect(errors).toEqual([]);
});
