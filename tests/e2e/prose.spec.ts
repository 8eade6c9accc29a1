import { expect, test } from '@playwright/test';
import { pathOf, readManifest } from './helpers';

test('a gloss opens its note by keyboard and closes it with Escape', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  await page.goto(pathOf(chapters[3]!.url));
  const term = page.getByRole('button', { name: 'Rhino Manufacturing' }).first();
  const note = page.getByRole('note').filter({ hasText: 'Xunxi' }).first();
  await expect(note).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(term).toBeFocused();
});

test('punctuation after a gloss stays on the line of its term, at phone width', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { chapters } = await readManifest(request);
  let checked = 0;
  for (const chapter of chapters) {
    await page.goto(pathOf(chapter.url));
    const glosses = await page.locator('.gloss-term').evaluateAll((terms) =>
      terms
        .map((term) => {
          const after = term.nextSibling;
          if (!after || after.nodeType !== Node.TEXT_NODE || !after.textContent) return null;
          const range = document.createRange();
          range.selectNodeContents(after);
          const mark = range.getClientRects()[0]!;
          const box = term.getBoundingClientRect();
          return {
            term: term.textContent,
            after: after.textContent,
            sameLine: Math.abs(mark.top - box.top) < box.height,
          };
        })
        .filter((gloss) => gloss !== null),
    );
    for (const gloss of glosses) expect(gloss, chapter.slug).toMatchObject({ sameLine: true });
    checked += glosses.length;
  }
  // Glosses followed by "." or "’s" exist in the chapters; if none were found, the build did not move them.
  expect(checked).toBeGreaterThan(3);
});
