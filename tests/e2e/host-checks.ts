import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { collectErrors, ready } from './helpers';
import { headersFor, parseHeadersFile } from './host-headers';
import { serveDir } from './serve-dir';

/**
 * What every shipped server config must do with out/, checked against a running server at
 * `origin`: the same security headers as public/_headers (and vercel.json), embeds alone
 * frameable by other sites, hashed assets cached for a year and the rest briefly, the 404
 * page (the Chinese one under /zh/) with status 404, and the right types.
 */
const rules = parseHeadersFile(readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'));
const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];
const YEAR = 'public, max-age=31536000, immutable';
const BRIEF = /^public, max-age=300\b/;

interface SiteSample {
  slug: string;
  step: string;
  script: string;
}

/** A chapter, one of its steps and one hashed script of the build in out/, to request. */
function sampleOfOut(): SiteSample {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'out/api/chapters.json'), 'utf8')) as {
    chapters: { slug: string; steps: { id: string }[] }[];
  };
  const chapter = manifest.chapters[0]!;
  const html = readFileSync(join(process.cwd(), 'out/chapters', chapter.slug, 'index.html'), 'utf8');
  const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1]!;
  return { slug: chapter.slug, step: chapter.steps[1]!.id, script };
}

export async function expectHostHeaders(request: APIRequestContext, origin: string) {
  const { slug, step, script } = sampleOfOut();
  const pages = [
    '/',
    `/chapters/${slug}/`,
    `/chapters/${slug}/${step}/`,
    '/sources/',
    `/present/${slug}/`,
    `/embed/${slug}/`,
  ];
  for (const page of pages) {
    const response = await request.get(`${origin}${page}`);
    expect(response.status(), page).toBe(200);
    const headers = response.headers();
    const expected = headersFor(rules, page);
    for (const name of SECURITY) expect(headers[name], `${page} ${name}`).toBe(expected[name]);
    expect(headers['content-security-policy'], page).toContain(
      page.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'",
    );
    expect(headers['content-type'], page).toMatch(/^text\/html; charset=utf-8$/i);
    expect(headers['cache-control'], page).toMatch(BRIEF);
  }

  const types: [string, RegExp][] = [
    ['/api/chapters.json', /^application\/json\b/],
    [`/oembed/${slug}.json`, /^application\/json\b/],
    [`/og/${slug}/chapter.png`, /^image\/png$/],
    ['/embed-host.js', /^(text|application)\/javascript\b/],
    [script, /^(text|application)\/javascript\b/],
  ];
  for (const [path, type] of types) {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    const cache = response.headers()['cache-control'];
    if (path.startsWith('/_next/static/')) expect(cache, path).toBe(YEAR);
    else expect(cache, path).toMatch(BRIEF);
  }

  const missing = await request.get(`${origin}/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toMatch(/^text\/html/);
  expect(await missing.text()).toContain('This page is not part of the explainer');
  for (const name of SECURITY) expect(missing.headers()[name], `404 ${name}`).toBeTruthy();
  // A miss under /zh/ gets the Chinese edition's own 404 page.
  const missingZh = await request.get(`${origin}/zh/no-such-page/`);
  expect(missingZh.status()).toBe(404);
  expect(await missingZh.text()).toContain('这个页面不属于这份解读');

  const bare = await request.get(`${origin}/chapters/${slug}`, { maxRedirects: 0 });
  expect(bare.status(), 'a chapter without its trailing slash').toBe(301);
  expect(new URL(bare.headers()['location']!, origin).pathname).toBe(`/chapters/${slug}/`);

  expect((await request.get(`${origin}/.htaccess`)).status(), 'the .htaccess is not served').toBeGreaterThanOrEqual(
    403,
  );
}

/**
 * Reads a chapter through the server in Chromium, steps through lecture mode, and frames an
 * embed and a chapter from another origin: the embed shows, the chapter is refused.
 */
export async function expectChapterWorks(page: Page, origin: string) {
  const { slug } = sampleOfOut();
  const errors = collectErrors(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}/chapters/${slug}/`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-diagram]').first()).toBeVisible();
  await page.goto(`${origin}/present/${slug}/`);
  await ready(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);

  const course = await serveCoursePage(
    `<iframe id="embed" src="${origin}/embed/${slug}/" title="Embed"></iframe>` +
      `<iframe id="embed-zh" src="${origin}/zh/embed/${slug}/" title="Chinese embed"></iframe>` +
      `<iframe id="chapter" src="${origin}/chapters/${slug}/" title="Chapter"></iframe>`,
  );
  try {
    const framed = collectErrors(page);
    await page.goto(course.origin + '/course/');
    await ready(page.frameLocator('#embed'));
    await ready(page.frameLocator('#embed-zh'));
    await expect
      .poll(() => framed.some((e) => /frame-ancestors/.test(e)), 'the chapter refuses to be framed elsewhere')
      .toBe(true);
  } finally {
    await course.close();
  }
}

/** A course page on another origin (another port), with `body`. */
async function serveCoursePage(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-course-'));
  mkdirSync(join(dir, 'course'));
  writeFileSync(
    join(dir, 'course/index.html'),
    `<!doctype html><html lang="en"><head><title>Course</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
  );
  const server = await serveDir(dir);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
