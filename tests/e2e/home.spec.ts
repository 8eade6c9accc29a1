import { expect, test } from '@playwright/test';
import { pathOf, readManifest } from './helpers';

test('the home page shows the story in one picture under the title, with the source and the whole reading time', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const minutes = chapters.reduce((sum, chapter) => sum + chapter.readingMinutes, 0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const hero = page.getByRole('figure', { name: /story in one picture/ });
  const pictures = hero.getByRole('img');
  await expect(pictures).toHaveCount(2);
  for (const picture of await pictures.all()) await expect(picture).toBeInViewport();
  const [title, figure] = await Promise.all([page.locator('h1').boundingBox(), hero.boundingBox()]);
  expect(figure!.y).toBeGreaterThan(title!.y);
  expect(figure!.width).toBeGreaterThan(1000);
  await expect(page.getByText(`${chapters.length} chapters · ${minutes} min`)).toBeVisible();
  await expect(page.getByText(/Why Alibaba Is Dismantling Its Middle Platform/).first()).toBeVisible();
  await expect(page.getByText(/Full-Stack Internet Architecture/).first()).toBeVisible();
});

test('the home text keeps the chapters’ measure', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.setViewportSize({ width: 1280, height: 800 });
  const measure = () =>
    page
      .locator('main .prose p')
      .first()
      .evaluate((el) => ({ width: el.getBoundingClientRect().width, size: getComputedStyle(el).fontSize }));
  await page.goto('/');
  const home = await measure();
  await page.goto(pathOf(chapters[0]!.url));
  const chapter = await measure();
  expect(home.size).toBe(chapter.size);
  expect(Math.abs(home.width - chapter.width)).toBeLessThanOrEqual(2);
});

test('a whole chapter row is the link to its chapter', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[2]!;
  await page.goto('/');
  // A click where the reader sees the summary; the row's link lies over it.
  await page.getByText(chapter.summary).scrollIntoViewIfNeeded();
  const summary = (await page.getByText(chapter.summary).boundingBox())!;
  await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
  await expect(page).toHaveURL(new RegExp(`${pathOf(chapter.url)}$`));
});
