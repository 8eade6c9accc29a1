import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest } from './helpers';

async function openExplorable(
  page: Page,
  request: Parameters<typeof readManifest>[0],
  query = '',
  { hydrated = true, lang = 'en' as Lang } = {},
) {
  const { chapters } = await readManifest(request, lang);
  const last = chapters.at(-1)!;
  await page.goto(`${pathOf(last.url)}${query}`);
  const explorable = page.locator('[data-explorable]');
  await explorable.scrollIntoViewIfNeeded();
  if (hydrated) await expect(explorable.locator('.explorable-live')).toHaveAttribute('data-ready', 'true');
  return { explorable, path: pathOf(last.url) };
}

const sentence = (page: Page) => page.locator('[data-explorable-sentence]');

for (const lang of LANGS) {
  test(`choosing the Rhino-like preset by keyboard shows what the platform cannot provide (${lang})`, async ({
    page,
    request,
  }) => {
    const errors = collectErrors(page);
    const t = messages(lang).explorable;
    const { explorable } = await openExplorable(page, request, '', { lang });
    const hema = explorable.getByRole('radio', { name: t.presetNames.hema.label });
    await expect(hema).toBeChecked();
    await expect(explorable.locator('.explorable-live [data-node="flexible-manufacturing"]')).toHaveCount(0);
    await hema.focus();
    await page.keyboard.press('ArrowDown');
    await expect(explorable.getByRole('radio', { name: t.presetNames.rhino.label })).toBeChecked();
    await expect(sentence(page)).toContainText(t.sentence.buildsAnew(0, '').split('0')[0]!.trim());
    await expect(sentence(page)).toContainText(t.capabilities['flexible-manufacturing'].name);
    await expect(explorable.locator('.explorable-live [data-node="flexible-manufacturing"]')).toHaveCount(1);
    await expect(page).toHaveURL(/preset=rhino/);
    expect(errors).toEqual([]);
  });
}

test('the explorable hydrates only when the reader comes near it', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters.at(-1)!.url));
  await page.waitForLoadState('networkidle');
  // Past the diagram's engine prefetch, so only the reader's approach can start the explorable.
  await page.waitForTimeout(1500);
  const live = page.locator('.explorable-live');
  await expect(live).toHaveAttribute('data-ready', 'false');
  await expect(live.locator('[inert]'), 'controls wait for hydration').toHaveCount(1);
  await live.scrollIntoViewIfNeeded();
  await expect(live).toHaveAttribute('data-ready', 'true');
  await expect(live.locator('[inert]')).toHaveCount(0);
  await live.getByRole('radio', { name: /Hema/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(sentence(page)).toContainText('must build');
});

test('arriving from the previous chapter by its link, the explorable still comes alive', async ({ page, request }) => {
  const errors = collectErrors(page);
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters.at(-2)!.url));
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${pathOf(chapters.at(-1)!.url)}$`));
  await page.locator('[data-explorable]').scrollIntoViewIfNeeded();
  const live = page.locator('.explorable-live');
  await expect(live).toHaveAttribute('data-ready', 'true');
  // Coming alive does not write its default state into the chapter's address.
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(new RegExp(`${pathOf(chapters.at(-1)!.url)}$`));
  await live.getByRole('radio', { name: /Rhino/ }).check();
  await expect(sentence(page)).toContainText('must build');
  await expect(page).toHaveURL(/preset=rhino/);
  expect(errors).toEqual([]);
});

test('toggling one need by keyboard changes only that need', async ({ page, request }) => {
  const { explorable } = await openExplorable(page, request);
  const boxes = explorable.getByRole('checkbox');
  const before = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));
  const data = explorable.getByRole('checkbox', { name: 'Data sharing' });
  await data.focus();
  await page.keyboard.press('Space');
  await expect(data).toBeChecked();
  const after = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));
  expect(after.filter((checked, i) => checked !== before[i])).toHaveLength(1);
  await expect(explorable.getByRole('radio', { name: /Hema/ })).not.toBeChecked();
  await expect(page).toHaveURL(/needs=[^&]*data/);
});

for (const lang of LANGS) {
  test(`a shared URL restores the configuration and opens at the explorable (${lang})`, async ({
    page,
    request,
    browser,
  }) => {
    const t = messages(lang).explorable;
    const { explorable } = await openExplorable(page, request, '', { lang });
    await explorable.getByRole('radio', { name: t.presetNames.rhino.label }).check();
    await explorable.getByRole('radio', { name: t.shapeNames.thin }).check();
    await expect(page).toHaveURL(/shape=thin.*#explorable$/);
    const shared = page.url();
    const told = await sentence(page).textContent();

    const other = await browser.newPage();
    await other.goto(shared);
    const restored = other.locator('[data-explorable]');
    await expect(restored).toBeInViewport();
    await expect(restored.getByRole('radio', { name: t.presetNames.rhino.label })).toBeChecked();
    await expect(restored.getByRole('radio', { name: t.shapeNames.thin })).toBeChecked();
    await expect(other.locator('[data-explorable-sentence]')).toHaveText(told!);
    await other.close();
  });
}

test('switching the platform to the thin shape leaves product work to the business', async ({ page, request }) => {
  const { explorable } = await openExplorable(page, request, '?preset=hema&shape=2015');
  await expect(explorable.locator('[data-reuse]')).toHaveAttribute('data-reuse', '100');
  // Chapter 3's count: Hema reused six services and built only its own front end.
  await expect(sentence(page)).toContainText('provides all 6 services');
  await expect(sentence(page)).toContainText('builds only its own front end');
  await explorable.getByRole('radio', { name: 'Thin' }).check();
  await expect(explorable.locator('[data-reuse]')).toHaveAttribute('data-reuse', '50');
  await expect(sentence(page)).toContainText('provides 3 of the 6 services');
  await expect(sentence(page)).toContainText('product');
});

test('hostile query values fall back to a sensible configuration', async ({ page, request }) => {
  const errors = collectErrors(page);
  const { explorable } = await openExplorable(
    page,
    request,
    '?shape=%3Cscript%3E&needs=__proto__,x,' + 'a'.repeat(3000),
  );
  await expect(explorable.getByRole('radio', { name: /2015/ })).toBeChecked();
  await expect(page.locator('script:not([src])', { hasText: 'alert' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const lang of LANGS) {
  test(`every state of the explorable passes axe (${lang})`, async ({ page, request }) => {
    test.setTimeout(150_000);
    for (const query of [
      '',
      '?preset=rhino&shape=2015',
      '?preset=special-edition&shape=thin',
      '?preset=hema&shape=fragmented',
      '?needs=',
    ]) {
      await openExplorable(page, request, query, { lang });
      await expect(page.locator('.explorable-live [data-morphing]')).toHaveCount(0);
      await expectNoAxeViolations(page, `explorable (${lang}) ${query}`, '[data-explorable]');
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorable shows the Hema-like and Rhino-like cases as pictures', async ({ page, request }) => {
    const { explorable } = await openExplorable(page, request, '', { hydrated: false });
    const figures = explorable.locator('.explorable-static figure');
    await expect(figures).toHaveCount(2);
    await expect(figures.nth(0)).toBeVisible();
    await expect(figures.nth(0)).toContainText('Hema');
    await expect(figures.nth(0)).toContainText('all 6 services');
    await expect(figures.nth(1)).toContainText('Rhino');
    await expect(explorable.locator('.explorable-live')).toBeHidden();
  });
});

for (const size of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  test(`on a ${size.width} px phone every label of the explorable’s picture is at least 12 px`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(size);
    for (const [lang, query] of LANGS.flatMap((lang) =>
      ['', '?preset=rhino', '?preset=special-edition&shape=fragmented'].map((query) => [lang, query] as const),
    )) {
      const { explorable } = await openExplorable(page, request, query, { lang });
      const smallest = await explorable.evaluate((root) => {
        const canvas = [...root.querySelectorAll<HTMLElement>('.explorable-live .explorable-canvas')].find(
          (c) => getComputedStyle(c).display !== 'none',
        )!;
        const sizes = [...canvas.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => t.textContent!.trim())
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
        return Math.min(...sizes);
      });
      expect(smallest, `${lang} ${query || 'default'}`).toBeGreaterThanOrEqual(12);
    }
  });
}

for (const lang of LANGS) {
  test(`the explorable's choices are pills like the story's buttons, native inputs in the site's colours (${lang})`, async ({
    page,
    request,
  }) => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const { explorable } = await openExplorable(page, request, '', { lang });
      const options = await explorable.locator('.explorable-option').evaluateAll((labels) =>
        labels.map((label) => {
          const input = label.querySelector('input')!;
          const box = label.getBoundingClientRect();
          return {
            name: label.textContent,
            native: input.type === 'radio' || input.type === 'checkbox',
            drawn: getComputedStyle(input).appearance === 'none',
            pill: parseFloat(getComputedStyle(label).borderTopLeftRadius) >= box.height / 2,
            height: box.height,
            inside: box.left >= 0 && box.right <= window.innerWidth,
          };
        }),
      );
      expect(options.length, `${width}`).toBeGreaterThan(20);
      for (const option of options) {
        expect(option, `${width} ${option.name}`).toMatchObject({
          native: true,
          drawn: true,
          pill: true,
          inside: true,
        });
        expect(option.height, `${width} ${option.name}`).toBeGreaterThanOrEqual(40);
      }
    }
    // The boxes carry the chapters' names.
    const t = messages(lang).explorable;
    const picture = page.locator('.explorable-canvas-narrow');
    await expect(picture.locator('[data-node="tech-arch"]')).toHaveText(
      lang === 'en' ? /Unified technical\s*architecture/ : t.capabilities['tech-arch'].label,
    );
    await expect(picture.locator('[data-node="infra"]')).toHaveText(t.capabilities.infra.label);
  });
}
