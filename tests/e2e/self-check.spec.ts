import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, pathOf, readManifest, ready } from './helpers';

const check = (page: Page) => page.locator('[data-self-check]');
const live = (page: Page) => check(page).locator('.self-check-live[data-ready="true"]');
const question = (page: Page, n: number) => live(page).locator('fieldset').nth(n);

/** Scrolls to the self-check and waits until it has come alive (it hydrates near the reader, once the page is still). */
async function openCheck(page: Page, url: string) {
  await page.goto(url);
  await check(page).scrollIntoViewIfNeeded();
  await expect(live(page)).toBeVisible();
}

const chapterOf = async (request: Parameters<typeof readManifest>[0], slug: string) =>
  (await readManifest(request)).chapters.find((c) => c.slug === slug)!;

test('every chapter ends with a self-check of two to four questions that passes axe', async ({ page, request }) => {
  const { chapters } = await readManifest(request);
  for (const chapter of chapters) {
    await openCheck(page, pathOf(chapter.url));
    const count = await live(page).locator('fieldset').count();
    expect(count, chapter.slug).toBeGreaterThanOrEqual(2);
    expect(count, chapter.slug).toBeLessThanOrEqual(4);
    for (const legend of await live(page).locator('fieldset > legend').all()) await expect(legend).not.toBeEmpty();
    await expectNoAxeViolations(page, `${chapter.slug} self-check`, '[data-self-check]');
  }
});

test('by keyboard: choose, check, hear the verdict and why, go back to the step, try again', async ({
  page,
  request,
}) => {
  const chapter = await chapterOf(request, 'combinatorial-innovation');
  await openCheck(page, pathOf(chapter.url));
  const first = question(page, 0);
  const status = first.getByRole('status');
  // Check with nothing chosen: a hint, not a verdict.
  await first.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Choose an answer first.');
  // Into the radio group, the arrow keys move the choice, Space picks, Tab reaches Check.
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(first.getByRole('radio').nth(0)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^Right\./);
  await expect(first.locator('[data-result="right"]').first()).toBeVisible();
  // The verdict's reason reaches a screen reader in the same announcement.
  await expect(status).toContainText('borrowed shared services');
  // The focus stays on the same button, now Try again.
  await expect(first.getByRole('button', { name: 'Try again' })).toBeFocused();
  const back = first.getByRole('link', { name: /^Revisit step 2: / });
  await expect(back).toHaveAttribute('href', '#six-services');
  await page.keyboard.press('Enter');
  await expect(first.getByRole('radio').first()).not.toBeChecked();
  await expect(first.getByRole('radio').first()).toBeEnabled();
  await expect(status).toHaveText('');
});

test('a wrong answer is marked, the right one shown, and each answer explained', async ({ page, request }) => {
  const chapter = await chapterOf(request, 'combinatorial-innovation');
  await openCheck(page, pathOf(chapter.url));
  const second = question(page, 1);
  await second.getByRole('radio').first().check();
  await second.getByRole('button', { name: 'Check' }).click();
  await expect(second.getByRole('status')).toHaveText(/^Not quite: the right answer is marked\./);
  await expect(second.locator('.check-why')).toHaveCount(3);
  await expect(second.locator('[data-right] .check-mark')).toHaveText('A right answer.');
  await expect(second.locator('[data-chosen] .check-mark')).toHaveText('Your answer, not right.');
  await expect(live(page).locator('.check-score [role="status"]')).toHaveText('1 of 3 answered, 0 right.');
});

test('on a phone, by touch: every target is at least 40 px high, and an order is put right with the move buttons', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const chapter = await chapterOf(request, 'thin-and-fragmented');
  await openCheck(page, pathOf(chapter.url));
  const targets = live(page).locator('.check-option, .check-move, .check-button, .check-order-item');
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    expect(box!.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(40);
  }
  const order = question(page, 0);
  const items = order.locator('.check-order-text');
  const texts = async () => items.allTextContents();
  const right = [
    'Leave only the most abstract capabilities in the middle.',
    'The generic capabilities keep serving every business, so efficiency rises.',
    'Fewer people are needed to look after the core.',
    'Freed people move to the front ends to tailor each business.',
  ];
  expect(await texts()).not.toEqual(right);
  // Tap Move up on whichever answer is out of place until the order is right (a bubble sort by touch).
  for (let guard = 0; guard < 12 && JSON.stringify(await texts()) !== JSON.stringify(right); guard += 1) {
    const now = await texts();
    const i = now.findIndex((text, k) => k > 0 && right.indexOf(text) < right.indexOf(now[k - 1]!));
    await order.getByRole('button', { name: `Move up: ${now[i]}` }).tap();
    await expect(order.getByRole('status')).toContainText(`Moved to place ${i} of 4`);
  }
  expect(await texts()).toEqual(right);
  await order.getByRole('button', { name: 'Check the order' }).tap();
  await expect(order.getByRole('status')).toHaveText(/^Right\. The aim comes first/);
  await context.close();
});

test('the answers stay in the reader’s browser: a reload shows them checked, and Start over clears them', async ({
  page,
  request,
}) => {
  const chapter = await chapterOf(request, 'the-teardown');
  const offSite: string[] = [];
  page.on('request', (req) => {
    if (!['127.0.0.1', 'localhost'].includes(new URL(req.url()).hostname)) offSite.push(req.url());
  });
  await openCheck(page, pathOf(chapter.url));
  for (const n of [0, 1]) {
    await question(page, n).getByRole('radio').first().check();
    await question(page, n).getByRole('button', { name: 'Check' }).click();
  }
  await expect(live(page).locator('.check-score [role="status"]')).toHaveText('All 2 answered: 1 right (50%).');
  await openCheck(page, pathOf(chapter.url));
  await expect(question(page, 0).getByRole('status')).toHaveText(/^Right\./);
  await expect(question(page, 1).getByRole('status')).toHaveText(/^Not quite/);
  await live(page).getByRole('button', { name: 'Start over' }).click();
  await expect(live(page).getByRole('button', { name: 'Check' })).toHaveCount(2);
  expect(await page.evaluate(() => localStorage.getItem('thin-middle-check:the-teardown'))).toBe('{}');
  expect(offSite).toEqual([]);
});

test('without script the questions are all there, each answer in a disclosure', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const chapter = await chapterOf(request, 'thin-and-fragmented');
  await page.goto(pathOf(chapter.url));
  const fallback = check(page).locator('.self-check-static');
  await expect(check(page).locator('.self-check-live')).toBeHidden();
  await expect(fallback.locator('.check-question')).toHaveCount(3);
  const reveal = fallback.locator('details').first();
  await expect(reveal.getByText('Freed people move to the front ends')).toBeHidden();
  await reveal.locator('summary').click();
  await expect(reveal.locator('ol li').first()).toHaveText('Leave only the most abstract capabilities in the middle.');
  await expect(reveal.getByRole('link', { name: /Revisit step 2/ })).toHaveAttribute('href', '#three-gains');
  await context.close();
});

/** The self-check under an embed, once the embed has applied its query. */
async function embedCheck(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await ready(page);
  const section = check(page);
  await expect(section.locator('.self-check-live[data-ready="true"]')).toBeVisible();
  return section;
}

test('an embed shows the self-check with ?check=1, under the stepper and the scroll story, and not without it', async ({
  page,
  request,
}) => {
  const chapter = await chapterOf(request, 'combinatorial-innovation');
  const section = await embedCheck(page, `/embed/${chapter.slug}/?check=1`);
  const first = section.locator('fieldset').first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check' }).click();
  // In a stepper the way back is a button that opens the step in the frame.
  await first.getByRole('button', { name: /^Revisit step 2: / }).click();
  await expect(page.locator('.deck-status')).toContainText('2 / 3');
  await expectNoAxeViolations(page, 'embed with its self-check');

  await embedCheck(page, `/embed/${chapter.slug}/?mode=scroll&check=1`);
  await page.goto(`/embed/${chapter.slug}/`);
  await ready(page);
  await expect(check(page)).toHaveCount(0);
});

test('the Embed dialog offers the self-check, for the stepper and the scroll story', async ({ page, request }) => {
  const chapter = await chapterOf(request, 'combinatorial-innovation');
  await page.goto(pathOf(chapter.url));
  await page.getByRole('button', { name: /Embed/ }).click();
  const dialog = page.getByRole('dialog');
  const box = dialog.getByRole('checkbox', { name: /self-check/ });
  await box.check();
  await expect(dialog.getByRole('textbox')).toHaveValue(/\?check=1"/);
  await dialog.getByRole('radio', { name: /^Static/ }).check();
  await expect(box).toBeDisabled();
  await expect(dialog.getByRole('textbox')).not.toHaveValue(/check=1/);
});
