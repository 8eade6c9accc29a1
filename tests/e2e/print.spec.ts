import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Manifest } from '@/lib/manifest';
import { diagram, pathOf, readManifest } from './helpers';
import { CONTENT_WIDTH, readPdf } from './pdf-pages';

test('printing a chapter gives a handout: one figure per step, no controls', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[1]!;
  await page.goto(pathOf(chapter.url));
  await page.emulateMedia({ media: 'print' });
  await expect(diagram(page)).toBeHidden();
  for (const step of chapter.steps) {
    const figure = page.locator(`[id="${step.id}"] .step-figure`);
    await expect(figure).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }
  await expect(page.getByRole('link', { name: 'Link to this step' }).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('printed links show where they go', async ({ page }) => {
  await page.goto('/sources/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('main .prose a[href]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});

test('printing the last chapter gives the explorable’s two pictures, not its controls', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters.at(-1)!.url));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.explorable-live')).toBeHidden();
  await expect(page.locator('.explorable-static figure')).toHaveCount(2);
  await expect(page.locator('.explorable-static figure').first()).toBeVisible();
});

/** Every chapter in both editions, read from the build (so each gets a test of its own). */
const editions = (['en', 'zh'] as const).flatMap((lang) => {
  const file = path.join(process.cwd(), 'out', lang === 'zh' ? 'zh' : '', 'api', 'chapters.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return manifest.chapters.map((chapter) => ({ lang, chapter }));
});
const PAPERS = ['A4', 'Letter'] as const;
/** A page's number as the running header's margin box prints it. */
const pageNumber = (lang: 'en' | 'zh', n: number, of: number) =>
  lang === 'zh' ? `第 ${n} 页，共 ${of} 页` : `Page ${n} of ${of}`;

for (const { lang, chapter } of editions) {
  const name = `${lang} ${chapter.slug}`;

  test(`printed, ${name} leaves no page but the last mostly blank, and heads each with its title, address and number`, async ({
    page,
  }) => {
    await page.goto(pathOf(chapter.url));
    for (const format of PAPERS) {
      const pages = readPdf(await page.pdf({ format }));
      pages.slice(0, -1).forEach(({ filled }, i) => {
        expect(
          filled,
          `${format} page ${i + 1} of ${pages.length} is used to ${Math.round(filled * 100)}%`,
        ).toBeGreaterThanOrEqual(0.5);
      });
      pages.forEach(({ text }, i) => {
        const flat = text.replace(/\s+/g, ' ');
        expect(flat, `${format} page ${i + 1}`).toContain(chapter.title);
        expect(flat, `${format} page ${i + 1}`).toContain(chapter.url);
        expect(flat, `${format} page ${i + 1}`).toContain(pageNumber(lang, i + 1, pages.length));
      });
    }
  });

  test(`printed, ${name}'s diagram words are 8 pt or larger on A4 and Letter`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathOf(chapter.url));
    for (const format of PAPERS) {
      // Chromium lays a printed page out at the paper's width but keeps the window's media width
      // (the wide drawing prints): the same here, the page as wide as the paper's printing area.
      await page.evaluate((width) => (document.documentElement.style.width = `${width}px`), CONTENT_WIDTH[format]);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        for (const text of document.querySelectorAll<SVGTextElement>(
          '.step-figure svg text, .explorable-static svg text',
        )) {
          if (!text.textContent?.trim() || !text.checkVisibility()) continue;
          const ctm = text.getScreenCTM()!;
          const pt = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b) * 0.75;
          if (pt < 8) found.push(`"${text.textContent.trim()}" at ${pt.toFixed(1)} pt`);
        }
        return found;
      });
      expect(small, format).toEqual([]);
    }
  });
}

test('a printed chapter keeps no screen-only marks: no underlines, no buttons, no per-step links, in both languages', async ({
  page,
  request,
}) => {
  await page.emulateMedia({ media: 'print' });
  for (const lang of ['en', 'zh'] as const) {
    const { chapters } = await readManifest(request, lang);
    for (const chapter of chapters) {
      await page.goto(pathOf(chapter.url));
      const marks = await page.evaluate(() => {
        const found: string[] = [];
        const controls =
          'button:not(.gloss-term), input, select, textarea, [role="button"], details:not(.discuss) > summary';
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (!el.checkVisibility()) continue;
          const label = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
          if (getComputedStyle(el).textDecorationLine.includes('underline')) found.push(`underlined ${label}`);
          if (el.matches(controls) || el.matches('.copy-link, .step-lang')) found.push(`control ${label}`);
        }
        return found;
      });
      expect(marks, `${lang} ${chapter.slug}`).toEqual([]);
    }
  }
});
