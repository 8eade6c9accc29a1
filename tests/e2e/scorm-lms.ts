import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type APIRequestContext, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { CheckQuestion } from '@/lib/check/types';
import type { Lang } from '@/lib/i18n/lang';
import { packageFiles, type PackageInfo } from '@/lib/scorm/package-info';
import { ready } from './helpers';
import { serveDir } from './serve-dir';

// The stand-in LMS the course-package tests launch chapters in: a launch page that makes
// scorm-again's SCORM 1.2 run-time window.API and frames a chapter from the unzipped package,
// served from a folder the package knows nothing about, as an LMS does (tests/scorm/lms.html).

const XSD = join(process.cwd(), 'tests/scorm/xsd/scorm12.xsd');
export const FOLDER = '/pluginfile.php/81/mod_scorm/content/3';

type Call = [string, ...string[]];

/** A package unzipped into a test LMS, served on loopback. */
export interface Lms {
  origin: string;
  files: Record<string, Uint8Array>;
  manifest: () => string;
  close: () => Promise<void>;
}

/**
 * The package of `lang`'s edition as the built site serves it (the zip under test is the one a
 * teacher downloads), with the description the build wrote beside it.
 */
export async function downloadPackage(
  site: APIRequestContext,
  lang: Lang,
): Promise<{ info: PackageInfo; zip: Buffer }> {
  const files = packageFiles(lang);
  expect(existsSync(files.info), `${files.info} is missing: run "npm run build" first`).toBe(true);
  const info = JSON.parse(readFileSync(files.info, 'utf8')) as PackageInfo;
  const response = await site.get(`/${info.file}`);
  expect(response.status(), `/${info.file}`).toBe(200);
  return { info, zip: await response.body() };
}

/** Unzips `zip` into a fresh test LMS and serves it. */
export async function startLms(zip: Uint8Array): Promise<Lms> {
  const files = unzipSync(zip);
  const root = mkdtempSync(join(tmpdir(), 'thin-middle-lms-'));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'package', name)), { recursive: true });
    writeFileSync(join(root, 'package', name), data);
  }
  const runtime = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');
  copyFileSync(runtime, join(root, 'scorm12.min.js'));
  copyFileSync(join(process.cwd(), 'tests/scorm/lms.html'), join(root, 'index.html'));
  const server = await serveDir(root, FOLDER);
  return {
    origin: server.origin,
    files,
    manifest: () => new TextDecoder().decode(files['imsmanifest.xml']),
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The launch pages of the manifest's SCOs, in the organization's order. */
export function launches(manifest: string): { id: string; title: string; href: string }[] {
  return [
    ...manifest.matchAll(/<item identifier="[^"]+" identifierref="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>/g),
  ].map(([, ref, title]) => ({
    id: ref!,
    title: title!,
    href: new RegExp(`<resource identifier="${ref}"[^>]*href="([^"]+)"`).exec(manifest)![1]!,
  }));
}

/** Validates a manifest against the SCORM 1.2 schemas with xmllint. */
export function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thin-middle-manifest-'));
  writeFileSync(join(dir, 'imsmanifest.xml'), xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'imsmanifest.xml')], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  expect(run.error, 'xmllint (Debian package libxml2-utils) must be installed').toBeUndefined();
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Opens a chapter in the test LMS; `query`: lms=errors|none, window=1 (see tests/scorm/lms.html). */
export async function launch(
  lms: Lms,
  page: Page,
  href: string,
  attempt?: Record<string, string>,
  query: Record<string, string> = {},
) {
  const search = new URLSearchParams({
    launch: href,
    ...(attempt ? { attempt: JSON.stringify(attempt) } : {}),
    ...query,
  });
  await page.goto(`${lms.origin}${FOLDER}/?${search}`);
  const frame = page.frameLocator('#sco');
  if (query.window !== '1') await ready(frame);
  return frame;
}

export const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: Call[] }).lmsCalls);
/** What the LMS stores for a cmi element (read from its data model: after LMSFinish the API answers no calls). */
export const cmi = (page: Page, element: string) =>
  page.evaluate(
    (path) =>
      path
        .split('.')
        .slice(1)
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key],
          (window as unknown as { API: { cmi: unknown } }).API.cmi,
        ) as string,
    element,
  );
/** The last value the content set for `element`. */
export const lastSet = async (page: Page, element: string) =>
  (await calls(page)).filter(([name, el]) => name === 'LMSSetValue' && el === element).at(-1)?.[2];
/** What the LMS would hand back on the next launch. */
export const storedAttempt = async (page: Page) => ({
  'cmi.core.lesson_location': await cmi(page, 'cmi.core.lesson_location'),
  'cmi.core.lesson_status': await cmi(page, 'cmi.core.lesson_status'),
  'cmi.suspend_data': await cmi(page, 'cmi.suspend_data'),
});
export const closeFrame = async (page: Page) => {
  await page.locator('#sco').evaluate((iframe) => iframe.remove());
  await expect.poll(async () => (await calls(page)).at(-1)).toEqual(['LMSFinish']);
};

/** Checks `response` to a single- or several-choice question, as a reader does; `check`: the button's name. */
export async function answer(
  root: FrameLocator | Page,
  question: CheckQuestion,
  response: readonly string[],
  check = 'Check',
) {
  const fieldset = root.locator(`[data-question="${question.id}"]`);
  for (const id of response) await fieldset.locator(`input[value="${id}"]`).check();
  await fieldset.getByRole('button', { name: check }).click();
  await expect(fieldset).toHaveAttribute('data-result', /right|wrong/);
}
