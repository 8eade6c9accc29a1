import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadEdition } from '@/content';
import { rightResponse } from '@/lib/check/grade';
import { zh } from '@/lib/i18n/messages/zh';
import { packageFiles, type PackageInfo } from '@/lib/scorm/package-info';
import { collectErrors, readManifest } from './helpers';
import {
  answer,
  closeFrame,
  cmi,
  launch as launchIn,
  launches as launchesOf,
  downloadPackage,
  startLms,
  storedAttempt,
  validate,
  type Lms,
} from './scorm-lms';

// The Chinese edition's SCORM 1.2 package, as the Chinese instructors' page offers it, in the
// same stand-in LMS as the English one (scorm-again's run-time; tests/e2e/scorm-lms.ts).

const FILES = packageFiles('zh');
const chapters = loadEdition('zh');
let lms: Lms;
let downloaded: Buffer;
let info: PackageInfo;

test.beforeAll(async ({ playwright }, testInfo) => {
  const site = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const teach = await (await site.get('/zh/teach/')).text();
  expect(teach, 'the Chinese instructors’ page offers the Chinese package').toContain(`/${FILES.download}"`);
  ({ info, zip: downloaded } = await downloadPackage(site, 'zh'));
  await site.dispose();
  lms = await startLms(new Uint8Array(downloaded));
});

test.afterAll(async () => {
  await lms?.close();
});

const launch = (page: Page, href: string, attempt?: Record<string, string>) => launchIn(lms, page, href, attempt);
const chapterOf = (href: string) => chapters.find((c) => href === `zh/embed/${c.slug}/index.html`)!;

test('the Chinese package is the zip the build made, in Chinese, and valid SCORM 1.2', async ({ request }) => {
  expect(downloaded.equals(readFileSync(FILES.zip))).toBe(true);
  expect(createHash('sha256').update(downloaded).digest('hex')).toBe(info.sha256);
  expect(info).toMatchObject({
    lang: 'zh',
    file: 'downloads/thin-middle-scorm12-zh.zip',
    chapters: chapters.length,
    questions: chapters.reduce((sum, c) => sum + c.check.length, 0),
  });
  const manifest = lms.manifest();
  const valid = validate(manifest);
  expect(valid.ok, valid.output).toBe(true);
  expect(manifest).toContain('<imsmd:language>zh-Hans</imsmd:language>');
  expect(manifest).toContain(`<title>${zh.site.name}</title>`);
  const { chapters: listed } = await readManifest(request, 'zh');
  expect(launchesOf(manifest).map((l) => [l.title, l.href])).toEqual(
    listed.map((c) => [c.title, `zh/embed/${c.slug}/index.html`]),
  );
  const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map(([, href]) => href!);
  for (const href of hrefs) expect(lms.files[href], href).toBeDefined();
  expect(Object.keys(lms.files).filter((f) => f.endsWith('.html') && !f.startsWith('zh/'))).toEqual([]);
});

test('a Chinese chapter in the LMS speaks Chinese, resumes at its step, and reports its score', async ({ page }) => {
  const errors = collectErrors(page);
  const { href } = launchesOf(lms.manifest()).find(({ href }) => {
    const check = chapterOf(href).check;
    return check.length >= 2 && check.every((q) => q.kind !== 'order');
  })!;
  const chapter = chapterOf(href);
  let frame = await launch(page, href);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect.poll(() => cmi(page, 'cmi.core.lesson_location')).toBe(chapter.steps[0]!.id);

  await frame.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect.poll(() => cmi(page, 'cmi.core.lesson_location')).toBe(chapter.steps[2]!.id);
  await closeFrame(page);

  frame = await launch(page, href, await storedAttempt(page));
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect(frame.locator('[aria-live="polite"]')).toHaveText(new RegExp(`^第 3 步，共 ${chapter.steps.length} 步`));
  for (const question of chapter.check) await answer(frame, question, rightResponse(question), zh.check.check);
  await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
  await expect(frame.locator('body')).not.toContainText(/\b(Check|Step|Next|Previous|Read the full chapter)\b/);
  expect(errors).toEqual([]);
});
