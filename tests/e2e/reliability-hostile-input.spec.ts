import { expect, test } from '@playwright/test';
import { collectErrors, diagram, pathOf, readManifest } from './helpers';

const PAYLOAD = '<script>alert(1)</script>';

test('unknown chapter and step addresses get the 404 page with every chapter linked', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  for (const path of ['/chapters/nope/', `${pathOf(chapters[0]!.url)}nope/`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('h1'), path).toHaveText(/not part of the explainer/);
    for (const chapter of chapters) {
      await expect(page.getByRole('link', { name: chapter.title }), path).toHaveAttribute('href', pathOf(chapter.url));
    }
  }
});

test('broken and hostile queries on a chapter still give the chapter, quietly and unreflected', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters.find((c) => c.steps.length >= 3)!;
  const long = `?q=${'x'.repeat(4000)}`;
  const queries = [
    '?step=-1',
    '?step=999',
    '?steps=9-2',
    `?mode=${encodeURIComponent(PAYLOAD)}`,
    `?mode=${PAYLOAD}`,
    `?step=${encodeURIComponent(PAYLOAD)}&steps=${encodeURIComponent(PAYLOAD)}`,
    long,
  ];
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const query of queries) {
    const label = query.slice(0, 60);
    const errors = collectErrors(page);
    const response = await page.goto(`${pathOf(chapter.url)}${query}`);
    expect(response?.status(), label).toBe(200);
    await expect(page.locator('h1'), label).toHaveText(chapter.title);
    await expect(diagram(page), label).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
    await page.getByRole('link', { name: 'Next step' }).click();
    await expect(diagram(page), label).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
    expect(await page.content(), label).not.toContain(PAYLOAD);
    expect(errors, label).toEqual([]);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
  expect(dialogs).toEqual([]);
});
