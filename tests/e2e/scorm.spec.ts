import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { collectErrors, ready } from './helpers';
import { serveDir } from './serve-dir';

// The SCORM 1.2 package (`npm run package:scorm`) in a stand-in LMS: a launch page that makes
// scorm-again's SCORM 1.2 run-time window.API and frames a chapter from the unzipped package,
// served from a folder the package knows nothing about, as an LMS does.

const ZIP = join(process.cwd(), 'dist/thin-middle-scorm12.zip');
const XSD = join(process.cwd(), 'tests/scorm/xsd/scorm12.xsd');
const FOLDER = '/pluginfile.php/81/mod_scorm/content/3';

type Call = [string, ...string[]];
let lms: { origin: string; close: () => Promise<void> };
let root: string;
let files: Record<string, Uint8Array>;

test.beforeAll(async () => {
  expect(existsSync(ZIP), `${ZIP} is missing: run "npm run package:scorm" first`).toBe(true);
  files = unzipSync(new Uint8Array(readFileSync(ZIP)));
  root = mkdtempSync(join(tmpdir(), 'thin-middle-lms-'));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'package', name)), { recursive: true });
    writeFileSync(join(root, 'package', name), data);
  }
  const runtime = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');
  copyFileSync(runtime, join(root, 'scorm12.min.js'));
  copyFileSync(join(process.cwd(), 'tests/scorm/lms.html'), join(root, 'index.html'));
  lms = await serveDir(root, FOLDER);
});

test.afterAll(async () => {
  await lms?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const manifestText = () => new TextDecoder().decode(files['imsmanifest.xml']);

/** The launch pages of the manifest's SCOs, in the organization's order. */
function launches(): { id: string; title: string; href: string }[] {
  const text = manifestText();
  return [...text.matchAll(/<item identifier="[^"]+" identifierref="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>/g)].map(
    ([, ref, title]) => ({
      id: ref!,
      title: title!,
      href: new RegExp(`<resource identifier="${ref}"[^>]*href="([^"]+)"`).exec(text)![1]!,
    }),
  );
}

function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-manifest-'));
  writeFileSync(join(dir, 'imsmanifest.xml'), xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'imsmanifest.xml')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  expect(run.error, 'xmllint (Debian package libxml2-utils) must be installed').toBeUndefined();
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

test('the package manifest validates against the SCORM 1.2 schemas, and a broken one does not', () => {
  const good = validate(manifestText());
  expect(good.ok, good.output).toBe(true);
  const broken = manifestText().replace(/<resources>[\s\S]*<\/resources>/, '');
  expect(validate(broken).ok).toBe(false);
  const badType = manifestText().replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
  expect(validate(badType).ok).toBe(false);
});

test('the package has one item per chapter, each launching its stepper embed, and every listed file', async ({
  request,
}) => {
  const { chapters } = (await (await request.get('/api/chapters.json')).json()) as {
    chapters: { slug: string; title: string }[];
  };
  expect(launches().map((l) => [l.title, l.href])).toEqual(
    chapters.map((c) => [c.title.replaceAll('&', '&amp;'), `embed/${c.slug}/index.html`]),
  );
  const listed = [...manifestText().matchAll(/<file href="([^"]+)"/g)].map(([, href]) => href!);
  for (const href of listed) expect(files[href], href).toBeDefined();
  expect(Object.keys(files).sort()).toEqual([...new Set(['imsmanifest.xml', ...listed])].sort());
});

async function launch(page: Page, href: string, attempt?: Record<string, string>) {
  const query = new URLSearchParams({ launch: href, ...(attempt ? { attempt: JSON.stringify(attempt) } : {}) });
  await page.goto(`${lms.origin}${FOLDER}/?${query}`);
  const frame = page.frameLocator('#sco');
  await ready(frame);
  return frame;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: Call[] }).lmsCalls);
/** What the LMS has stored for `cmi.core.<key>` (read from its data model: after LMSFinish the API answers no calls). */
const cmi = (page: Page, key: 'lesson_location' | 'lesson_status') =>
  page.evaluate((k) => (window as unknown as { API: { cmi: { core: Record<string, string> } } }).API.cmi.core[k]!, key);
/** The last value the content set for `element`. */
const lastSet = async (page: Page, element: string) =>
  (await calls(page)).filter(([name, el]) => name === 'LMSSetValue' && el === element).at(-1)?.[2];

test('a chapter in the LMS reports incomplete, its step, completion at its last step, and resumes there', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const chapter = launches()[0]!;
  const manifest = (await (await page.request.get('/api/chapters.json')).json()) as {
    chapters: { slug: string; steps: { id: string }[] }[];
  };
  const steps = manifest.chapters.find((c) => chapter.href === `embed/${c.slug}/index.html`)!.steps.map((s) => s.id);
  expect(steps.length).toBeGreaterThan(3);

  let frame = await launch(page, chapter.href);
  await expect.poll(() => cmi(page, 'lesson_location')).toBe(steps[0]);
  expect(await cmi(page, 'lesson_status')).toBe('incomplete');
  expect((await calls(page))[0]).toEqual(['LMSInitialize']);
  expect(await calls(page)).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']);

  // Two steps on, then leave: the LMS keeps the place and the attempt is suspended, not done.
  await frame.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect.poll(() => cmi(page, 'lesson_location')).toBe(steps[2]);
  expect(await calls(page)).toContainEqual(['LMSCommit']);
  await page.locator('#sco').evaluate((iframe) => iframe.remove());
  await expect.poll(async () => (await calls(page)).at(-1)).toEqual(['LMSFinish']);
  expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
  expect(await lastSet(page, 'cmi.core.session_time')).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
  const stored = { lesson_location: await cmi(page, 'lesson_location'), lesson_status: 'incomplete' };

  // The return: the LMS hands back the stored attempt and the chapter opens at that step.
  frame = await launch(page, chapter.href, stored);
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect(frame.locator('[aria-live="polite"]')).toHaveText(new RegExp(`^Step 3 of ${steps.length}`));
  await frame.locator('[data-diagram]').click();
  for (let step = 3; step < steps.length; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => cmi(page, 'lesson_status')).toBe('completed');
  expect(await cmi(page, 'lesson_location')).toBe(steps.at(-1));
  await page.locator('#sco').evaluate((iframe) => iframe.remove());
  await expect.poll(async () => (await calls(page)).at(-1)).toEqual(['LMSFinish']);
  expect(await lastSet(page, 'cmi.core.exit')).toBe('');

  // A completed chapter opened again stays completed.
  frame = await launch(page, chapter.href, { lesson_location: steps.at(-1)!, lesson_status: 'completed' });
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', String(steps.length - 1));
  await expect.poll(async () => (await calls(page)).some(([name]) => name === 'LMSCommit')).toBe(true);
  expect(await lastSet(page, 'cmi.core.lesson_status')).toBeUndefined();
  expect(await cmi(page, 'lesson_status')).toBe('completed');
  expect(errors).toEqual([]);
});

test('a chapter of the package opened without an LMS works as on the site and reports nothing', async ({ page }) => {
  const errors = collectErrors(page);
  const chapter = launches()[1]!;
  await page.goto(`${lms.origin}${FOLDER}/package/${chapter.href}`);
  await ready(page);
  await page.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  expect(errors).toEqual([]);
});
