import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest } from './helpers';

test('the instructors’ page has every chapter: its lecture link, embed code, discussion questions and self-check answers', async ({
  page,
  request,
}) => {
  const errors = collectErrors(page);
  const manifest = await readManifest(request);
  expect(pathOf(manifest.teachUrl)).toBe('/teach/');
  await page.goto('/teach/');
  await expect(page.locator('h1')).toHaveText('For instructors');
  const sections = page.locator('article.teach-chapter');
  await expect(sections).toHaveCount(manifest.chapters.length);
  for (const [i, chapter] of manifest.chapters.entries()) {
    const section = sections.nth(i);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(chapter.title);
    await expect(section.getByRole('link', { name: 'Lecture mode' })).toHaveAttribute(
      'href',
      pathOf(chapter.presentUrl),
    );
    await expect(section.getByRole('link', { name: 'Read the chapter' })).toHaveAttribute('href', pathOf(chapter.url));
    await expect(section.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
      'href',
      `${pathOf(chapter.presentUrl)}presenter/`,
    );
    await expect(section.getByText(`${chapter.readingMinutes} min to read`)).toBeVisible();
    await expect(section.getByRole('textbox')).toHaveValue(new RegExp(`/embed/${chapter.slug}/"`));
    await expect(section.locator('.teach-discuss li')).toHaveCount(3);
    expect(await section.locator('.teach-answers > li').count()).toBeGreaterThanOrEqual(2);
  }
  await expectNoAxeViolations(page, '/teach/');
  expect(errors).toEqual([]);
});

test('the instructors’ page offers the course package the build made, with its size and mastery score', async ({
  page,
  request,
}) => {
  await page.goto('/teach/');
  const download = page.getByRole('link', { name: /Download the SCORM 1\.2 package/ });
  await expect(download).toHaveAttribute('href', '/downloads/thin-middle-scorm12.zip');
  const zip = await request.get('/downloads/thin-middle-scorm12.zip');
  expect(zip.ok()).toBe(true);
  const bytes = (await zip.body()).length;
  expect(bytes).toBeGreaterThan(100_000);
  await expect(page.locator('.teach-size')).toHaveText(`(zip, ${Math.round(bytes / 1024)} KB)`);
  await expect(page.locator('.teach-package')).toContainText('mastery score of 75');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('thin-middle-scorm12.zip');
});

test('a chapter’s embed code on the instructors’ page follows the chosen mode and self-check', async ({ page }) => {
  await page.goto('/teach/');
  const section = page.locator('article.teach-chapter').nth(2);
  await expect(section.locator('.teach-embed[data-ready="true"]')).toBeVisible();
  const code = section.getByRole('textbox');
  const box = section.getByRole('checkbox', { name: 'With the self-check' });
  await expect(box).toBeEnabled();
  await box.check();
  await expect(code).toHaveValue(/\?check=1"/);
  await section.getByRole('radio', { name: 'Scroll' }).check();
  await expect(code).toHaveValue(/\?mode=scroll&amp;check=1"/);
  await section.getByRole('radio', { name: 'Static' }).check();
  await expect(box).toBeDisabled();
  await expect(code).toHaveValue(/\?mode=static"/);
});

test('printed, the instructors’ page is a handout: each chapter starts a page, without the embed code', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  await page.goto('/teach/');
  await page.emulateMedia({ media: 'print' });
  const sections = page.locator('article.teach-chapter');
  for (const section of await sections.all()) {
    expect(await section.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(section.locator('.teach-embed-part')).toBeHidden();
  }
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(chapters.length + 1);
});

test('the footer and the home page lead to the instructors’ page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'the instructors’ page' })).toHaveAttribute('href', '/teach/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
  await expect(page).toHaveURL(/\/teach\/$/);
});
