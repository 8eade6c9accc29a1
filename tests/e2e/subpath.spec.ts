import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, ready, scrollToStep } from './helpers';
import { serveDir } from './serve-dir';

// The site built for a course folder (`npm run build:subpath`: SITE_URL=https://example.org/
// courses/thin-middle, into .hosts/subpath/), served from that folder on a host of its own.
// Everything a reader can reach must stay inside the folder: no 404, no console error.
const BASE = '/courses/thin-middle';
const SITE = `https://example.org${BASE}`;
const DIR = join(process.cwd(), '.hosts/subpath');
let host: { origin: string; close: () => Promise<void> };

interface Chapter {
  slug: string;
  title: string;
  url: string;
  embedUrl: string;
  presentUrl: string;
  steps: { id: string }[];
}
let chapters: Chapter[];

test.beforeAll(async () => {
  expect(existsSync(join(DIR, 'index.html')), `${DIR} is missing: run "npm run build:subpath" first`).toBe(true);
  chapters = (JSON.parse(readFileSync(join(DIR, 'api/chapters.json'), 'utf8')) as { chapters: Chapter[] }).chapters;
  host = await serveDir(DIR, BASE);
});

test.afterAll(async () => {
  await host?.close();
});

/** Fails the test on any response of 400 or more except those `allowed`. */
function watchFailures(page: Page, allowed: string[] = []) {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !allowed.includes(new URL(r.url()).pathname)) failed.push(`${r.status()} ${r.url()}`);
  });
  // A prefetch cut short by the next navigation is aborted, not missing.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  return failed;
}

const local = (url: string) => `${host.origin}${new URL(url).pathname}`;

test('the manifest, oEmbed and share cards name the folder’s public address, and each exists', async ({ request }) => {
  const chapter = chapters[0]!;
  expect(chapter.url).toBe(`${SITE}/chapters/${chapter.slug}/`);
  for (const url of [chapter.url, chapter.embedUrl, chapter.presentUrl]) {
    expect((await request.get(local(url))).status(), url).toBe(200);
  }
  const oembed = (await (await request.get(`${host.origin}${BASE}/oembed/${chapter.slug}.json`)).json()) as {
    html: string;
    provider_url: string;
    thumbnail_url: string;
  };
  expect(oembed.provider_url).toBe(`${SITE}/`);
  expect(oembed.html).toContain(`src="${SITE}/embed/${chapter.slug}/"`);
  expect(oembed.html).toContain(`src="${SITE}/embed-host.js"`);
  const card = await request.get(local(oembed.thumbnail_url));
  expect(card.headers()['content-type']).toBe('image/png');
});

test('under a folder: home to a chapter, its step links, lecture mode and back, with no 404', async ({ page }) => {
  const errors = collectErrors(page);
  const failed = watchFailures(page);
  const chapter = chapters[0]!;
  await page.goto(`${host.origin}${BASE}/`);
  await page.getByRole('link', { name: chapter.title }).first().click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/chapters/${chapter.slug}/`);
  // The home has a canonical link too (since it has a Chinese twin): for a moment after the
  // client-side navigation both are in the head, until React removes the home's.
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', chapter.url);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    `${SITE}/og/${chapter.slug}/chapter.png`,
  );
  await scrollToStep(page, chapter.steps[1]!.id);
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  await expect(page.getByRole('link', { name: 'Copy link to this chapter' })).toHaveAttribute(
    'href',
    `${BASE}/chapters/${chapter.slug}/`,
  );

  await page.getByRole('link', { name: 'Lecture mode' }).click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/present/${chapter.slug}/`);
  await ready(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  await expect(page).toHaveURL(`${host.origin}${BASE}/present/${chapter.slug}/?step=2`);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`${host.origin}${BASE}/present/${chapters[1]!.slug}/`);
  await ready(page);

  await page.goto(`${host.origin}${BASE}/chapters/${chapter.slug}/`);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/chapters/${chapters[1]!.slug}/`);
  await page.getByRole('link', { name: 'Sources' }).first().click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/sources/`);
  await page.getByRole('link', { name: /Back to the contents/ }).click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/`);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('under a folder: an embed steps, links out inside the folder, and the Embed dialog’s code names this folder', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const failed = watchFailures(page);
  const chapter = chapters[0]!;
  await page.goto(local(chapter.embedUrl));
  await ready(page);
  await page.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  await expect(page.getByRole('link', { name: /Read the full chapter/ })).toHaveAttribute(
    'href',
    `${BASE}/chapters/${chapter.slug}/#${chapter.steps[1]!.id}`,
  );

  await page.goto(`${host.origin}${BASE}/chapters/${chapter.slug}/`);
  await page.getByRole('button', { name: /embed/i }).first().click();
  const code = page.getByLabel('Code to paste into your page');
  await expect(code).toHaveValue(new RegExp(`src="${host.origin}${BASE}/embed/${chapter.slug}/`));
  await expect(code).toHaveValue(new RegExp(`src="${host.origin}${BASE}/embed-host.js"`));
  await expect(page.locator('dialog iframe, [role="dialog"] iframe').first()).toHaveAttribute(
    'src',
    new RegExp(`^${BASE}/embed/${chapter.slug}/`),
  );
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('under a folder: an unknown address gets the 404 page, styled, with status 404', async ({ page }) => {
  const errors = collectErrors(page);
  const failed = watchFailures(page, [`${BASE}/no-such-page/`]);
  const response = await page.goto(`${host.origin}${BASE}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page is not part of the explainer');
  await page.getByRole('link', { name: 'contents', exact: true }).click();
  await expect(page).toHaveURL(`${host.origin}${BASE}/`);
  expect(failed).toEqual([]);
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});
