import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { collectErrors, expectNoAxeViolations, pathOf, readManifest, ready, type ManifestChapter } from './helpers';

const HOST = '/__test-host.html';

/** Serves a course page that embeds `src` with the snippet's host script, on the site's origin. */
async function openHost(page: Page, src: string) {
  await page.route(`**${HOST}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
        <h1>Week 3</h1>
        <iframe id="embed" src="${src}" title="Embedded chapter" width="100%" height="150" loading="lazy" style="display:block;border:0"></iframe>
        <p>After the embed.</p>
        <script src="/embed-host.js" async></script></body></html>`,
    }),
  );
  await page.goto(HOST);
  return page.frameLocator('#embed');
}

const frameHeight = (page: Page) => page.locator('#embed').evaluate((frame) => frame.getBoundingClientRect().height);

/** A chapter whose first two steps show different scenes. */
function changingChapter(chapters: ManifestChapter[]): ManifestChapter {
  return chapters.find((c) => c.steps.length >= 3 && c.steps[0]!.scene !== c.steps[1]!.scene)!;
}

test('a host page that embeds a chapter is told its height and sizes the frame to fit', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[0]!;
  const site = new URL(test.info().project.use.baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== site) elsewhere.push(r.url());
  });
  const errors = collectErrors(page);
  const frame = await openHost(page, pathOf(chapter.embedUrl));
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
  await ready(frame);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
  const fits = await frame
    .locator('html')
    .evaluate(
      (html) => html.scrollHeight <= window.innerHeight + 1 && document.querySelector('main')!.offsetHeight > 0,
    );
  expect(fits).toBe(true);
  const settled = await frameHeight(page);
  await frame.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  expect(await frameHeight(page), 'stepping keeps the frame’s height').toBe(settled);
  expect(await page.context().cookies()).toEqual([]);
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test('the host frame shrinks and grows with the embed, also when the script loads late', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[0]!;
  const frame = await openHost(page, `${pathOf(chapter.embedUrl)}?steps=1`);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
  const one = await frameHeight(page);
  await page
    .locator('#embed')
    .evaluate((element: HTMLIFrameElement) => (element.src = element.src.replace('?steps=1', '?mode=static')));
  await expect(frame.locator('[data-static-figure]')).toHaveCount(chapter.steps.length);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(one * 2);
});

for (const lang of LANGS) {
  test(`the stepper answers the arrow keys and Home and End inside the frame (${lang})`, async ({ page, request }) => {
    const chapter = changingChapter((await readManifest(request, lang)).chapters);
    const frame = await openHost(page, pathOf(chapter.embedUrl));
    const diagram = frame.locator('[data-diagram]');
    await expect(diagram).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
    await ready(frame);
    await diagram.click();
    await page.keyboard.press('ArrowRight');
    await expect(diagram).toHaveAttribute('data-active-scene', chapter.steps[1]!.scene);
    await page.keyboard.press('End');
    await expect(diagram).toHaveAttribute('data-active-scene', chapter.steps.at(-1)!.scene);
    await page.keyboard.press('ArrowLeft');
    await expect(diagram).toHaveAttribute('data-step-index', String(chapter.steps.length - 2));
    await page.keyboard.press('Home');
    await expect(diagram).toHaveAttribute('data-step-index', '0');
    await frame
      .getByRole('button', { name: `${messages(lang).scrolly.next}${messages(lang).scrolly.buttonAfter}` })
      .click();
    await expect(diagram).toHaveAttribute('data-step-index', '1');
  });
}

test('steps=2-3 limits the stepper to those two steps', async ({ page, request }) => {
  const chapter = changingChapter((await readManifest(request)).chapters);
  await page.goto(`${pathOf(chapter.embedUrl)}?steps=2-3`);
  const diagram = page.locator('[data-diagram]');
  await expect(diagram).toHaveAttribute('data-step-index', '1');
  await expect(page.locator('.deck-status')).toContainText('1 / 2');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(diagram).toHaveAttribute('data-step-index', '2');
  await expect(page.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(diagram).toHaveAttribute('data-step-index', '1');
  await expect(page.locator('[data-step-text]')).toHaveCount(2);
});

for (const lang of LANGS) {
  test(`step=N opens the stepper at step N with its text (${lang})`, async ({ page, request }) => {
    const chapter = changingChapter((await readManifest(request, lang)).chapters);
    await page.goto(`${pathOf(chapter.embedUrl)}?step=3`);
    await expect(page.locator('[data-diagram]')).toHaveAttribute('data-active-scene', chapter.steps[2]!.scene);
    await expect(page.locator(`[data-step-text="${chapter.steps[2]!.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-step-text="${chapter.steps[0]!.id}"]`)).toBeHidden();
  });
}

test('hostile parameters give a sensible page, no console errors and nothing reflected', async ({ page, request }) => {
  const chapter = changingChapter((await readManifest(request)).chapters);
  const last = chapter.steps.length;
  const cases: [string, number, number][] = [
    ['?step=-1', 0, last],
    ['?step=999', 0, last],
    ['?steps=9-2', 1, last - 1],
    [`?mode=${encodeURIComponent('<script>alert(1)</script>')}`, 0, last],
    ['?mode=%3Cimg%20src=x%20onerror=alert(1)%3E&steps=%22%3E&step=1e3', 0, last],
  ];
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  for (const [query, index, count] of cases) {
    const errors = collectErrors(page);
    const response = await page.goto(`${pathOf(chapter.embedUrl)}${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.locator('[data-embed="stepper"] [data-diagram]'), query).toHaveAttribute(
      'data-step-index',
      String(index),
    );
    await expect(page.locator('.deck-status'), query).toContainText(`/ ${count}`);
    expect(await page.content(), query).not.toMatch(/alert\(1\)|onerror/);
    expect(errors, query).toEqual([]);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
  }
});

for (const lang of LANGS) {
  test(`static mode shows one figure per step, each with its text (${lang})`, async ({ page, request }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters[1]!;
    await page.goto(`${pathOf(chapter.embedUrl)}?mode=static`);
    await expect(page.locator('[data-static-figure]')).toHaveCount(chapter.steps.length);
    for (const [index, step] of chapter.steps.entries()) {
      const section = page.locator(`[data-static-step="${step.id}"]`);
      await expect(section.locator(`[data-static-figure="${step.scene}"] svg`)).toBeVisible();
      await expect(
        section.getByRole('heading', {
          name: new RegExp(
            `^${messages(lang)
              .embedFrame.staticStep(index + 1, '')
              .trim()}`,
          ),
        }),
      ).toBeVisible();
    }
    await expect(page.locator('[data-diagram]')).toHaveCount(0);
    await page.goto(`${pathOf(chapter.embedUrl)}?mode=static&steps=2-3`);
    await expect(page.locator('[data-static-figure]')).toHaveCount(2);
  });
}

for (const lang of LANGS) {
  test(`scroll mode puts the scroll story inside the frame (${lang})`, async ({ page, request }) => {
    const chapter = changingChapter((await readManifest(request, lang)).chapters);
    await page.setViewportSize({ width: 800, height: 640 });
    await page.goto(`${pathOf(chapter.embedUrl)}?mode=scroll&steps=1-3`);
    const diagram = page.locator('[data-diagram]');
    await expect(page.locator('[data-embed="scroll"] [data-step]')).toHaveCount(3);
    await expect(diagram).toHaveAttribute('data-active-scene', chapter.steps[0]!.scene);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(diagram).toHaveAttribute('data-active-scene', chapter.steps[2]!.scene);
  });
}

for (const lang of LANGS) {
  test(`the embed links back to its full chapter in a new tab (${lang})`, async ({ page, request }) => {
    const chapter = changingChapter((await readManifest(request, lang)).chapters);
    await page.goto(`${pathOf(chapter.embedUrl)}?step=2`);
    const link = page.getByRole('link', { name: new RegExp(messages(lang).embedFrame.readFull) });
    await expect(link).toHaveAttribute('href', `${pathOf(chapter.url)}#${chapter.steps[1]!.id}`);
    await expect(link).toHaveAttribute('target', '_blank');
  });
}

for (const lang of LANGS) {
  test(`embed pages pass axe in all three modes (${lang})`, async ({ page, request }) => {
    const { chapters } = await readManifest(request, lang);
    for (const mode of ['stepper', 'scroll', 'static']) {
      await page.goto(`${pathOf(chapters[1]!.embedUrl)}?mode=${mode}`);
      await expect(page.locator(`[data-embed="${mode}"]`)).toBeVisible();
      // The stepper and the scroll story speak once hydrated; the static mode has nothing live.
      if (mode !== 'static') await ready(page);
      await expectNoAxeViolations(page, `embed ${mode}`);
    }
  });
}

test('each chapter’s oEmbed JSON parses and its html frames the embed', async ({ request }) => {
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    const response = await request.get(`/oembed/${chapter.slug}.json`);
    expect(response.ok(), chapter.slug).toBe(true);
    const answer = await response.json();
    expect(answer).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: chapter.title,
      provider_name: expect.any(String),
    });
    expect(answer.html).toMatch(new RegExp(`<iframe src="[^"]*/embed/${chapter.slug}/"`));
    expect(answer.width).toBeGreaterThan(0);
    expect(answer.height).toBeGreaterThan(0);
  }
});

test('the Embed dialog on a chapter builds the snippet with a live preview', async ({ page, request }) => {
  const chapter = changingChapter((await readManifest(request)).chapters);
  const errors = collectErrors(page);
  await page.goto(pathOf(chapter.url));
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('From step').selectOption('2');
  await dialog.getByLabel('To step').selectOption('3');
  await dialog.getByLabel(/^Static/).check();
  const code = dialog.getByLabel('Code to paste into your page');
  await expect(code).toHaveValue(new RegExp(`/embed/${chapter.slug}/\\?mode=static&amp;steps=2-3"`));
  await expect(code).toHaveValue(/<script src="[^"]+\/embed-host\.js" async><\/script>/);
  const preview = page.frameLocator(`iframe[title^="Preview"]`);
  await expect(preview.locator('[data-static-figure]')).toHaveCount(2);
  await expectNoAxeViolations(page, 'embed dialog');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/copied|copy it/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
  expect(errors).toEqual([]);
});

for (const lang of LANGS) {
  test(`the embed's first screen credits the chapter and the site, and links to the chapter (${lang})`, async ({
    page,
    request,
  }) => {
    const { chapters } = await readManifest(request, lang);
    const chapter = chapters[2]!;
    const site = messages(lang).site.name;
    for (const viewport of [
      { width: 600, height: 400 },
      { width: 360, height: 400 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(pathOf(chapter.embedUrl));
      const credit = page.locator('[data-embed-credit]');
      const title = credit.getByRole('link', { name: new RegExp(`^${chapter.title}`) });
      await expect(title).toHaveAttribute('href', pathOf(chapter.url));
      await expect(title).toHaveAttribute('target', '_blank');
      await expect(credit.getByRole('link', { name: new RegExp(`^${site}`) })).toBeVisible();
      // In the first screen of the frame, without scrolling.
      const box = (await credit.boundingBox())!;
      expect(box.y, `${viewport.width}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${viewport.width}`).toBeLessThanOrEqual(viewport.height);
    }
  });
}

test('the embed’s step buttons are the story’s: the same pills, not square buttons', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  const look = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.step-controls .step-button')].map((button) => {
        const style = getComputedStyle(button);
        const { height } = button.getBoundingClientRect();
        return {
          pill: parseFloat(style.borderTopLeftRadius) >= height / 2,
          height,
          background: style.backgroundColor,
          border: style.borderTopColor,
          font: `${style.fontSize} ${style.fontWeight}`,
        };
      }),
    );
  // Both at the first step: Previous at its end, Next the way on.
  await page.goto(pathOf(chapter.url));
  const story = await look();
  await page.goto(pathOf(chapter.embedUrl));
  await ready(page);
  const embed = await look();
  expect(story).toHaveLength(2);
  expect(embed).toEqual(story);
  expect(embed.every((button) => button.pill)).toBe(true);
  await expect(page.getByRole('button', { name: 'Next step' })).toHaveClass(/step-button-next/);
});
