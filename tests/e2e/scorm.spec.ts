import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { loadChapters } from '@/content';
import { rightResponse } from '@/lib/check/grade';
import type { CheckQuestion } from '@/lib/check/types';
import { PACKAGE_ZIP, type PackageInfo } from '@/lib/scorm/package-info';
import { collectErrors, ready } from './helpers';
import {
  FOLDER,
  answer,
  calls,
  closeFrame,
  cmi,
  lastSet,
  launch as launchIn,
  launches as launchesOf,
  downloadPackage,
  startLms,
  storedAttempt,
  validate,
  type Lms,
} from './scorm-lms';

// The English SCORM 1.2 package as the built site offers it (`npm run build` makes it), in a
// stand-in LMS (tests/e2e/scorm-lms.ts). The Chinese package: scorm-zh.spec.ts.

let lms: Lms;
let downloaded: Buffer;
let info: PackageInfo;
const chapters = loadChapters();

test.beforeAll(async ({ playwright }, testInfo) => {
  const site = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  ({ info, zip: downloaded } = await downloadPackage(site, 'en'));
  await site.dispose();
  lms = await startLms(new Uint8Array(downloaded));
});

test.afterAll(async () => {
  await lms?.close();
});

const manifestText = () => lms.manifest();
const launches = () => launchesOf(manifestText());
const launch = (page: Page, href: string, attempt?: Record<string, string>, query: Record<string, string> = {}) =>
  launchIn(lms, page, href, attempt, query);

test('the site offers the package at /downloads/, byte for byte the zip the build made and described', () => {
  const built = readFileSync(PACKAGE_ZIP);
  expect(downloaded.equals(built)).toBe(true);
  expect(downloaded.length).toBe(info.bytes);
  expect(createHash('sha256').update(downloaded).digest('hex')).toBe(info.sha256);
  expect(info).toMatchObject({
    lang: 'en',
    file: 'downloads/thin-middle-scorm12.zip',
    scormVersion: '1.2',
    chapters: chapters.length,
    questions: chapters.reduce((sum, c) => sum + c.check.length, 0),
  });
});

test('the package manifest validates against the SCORM 1.2 schemas, and a broken one does not', () => {
  const good = validate(manifestText());
  expect(good.ok, good.output).toBe(true);
  const broken = manifestText().replace(/<resources>[\s\S]*<\/resources>/, '');
  expect(validate(broken).ok).toBe(false);
  const badType = manifestText().replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
  expect(validate(badType).ok).toBe(false);
});

test('the package has one item per chapter, each launching its stepper embed, with its mastery score, and every listed file', async ({
  request,
}) => {
  const { chapters: listed } = (await (await request.get('/api/chapters.json')).json()) as {
    chapters: { slug: string; title: string }[];
  };
  expect(launches().map((l) => [l.title, l.href])).toEqual(
    listed.map((c) => [c.title.replaceAll('&', '&amp;'), `embed/${c.slug}/index.html`]),
  );
  const items = [...manifestText().matchAll(/<item [^>]*>[\s\S]*?<\/item>/g)].map(([item]) => item);
  expect(items).toHaveLength(chapters.length);
  items.forEach((item, i) => {
    const declared =
      chapters[i]!.check.length > 0 ? `<adlcp:masteryscore>${info.masteryScore}</adlcp:masteryscore>` : '';
    expect(item.match(/<adlcp:masteryscore>\d+<\/adlcp:masteryscore>/)?.[0] ?? '').toBe(declared);
  });
  const hrefs = [...manifestText().matchAll(/<file href="([^"]+)"/g)].map(([, href]) => href!);
  for (const href of hrefs) expect(lms.files[href], href).toBeDefined();
  expect(Object.keys(lms.files).sort()).toEqual([...new Set(['imsmanifest.xml', ...hrefs])].sort());
});

const chapterOf = (href: string) => chapters.find((c) => href === `embed/${c.slug}/index.html`)!;
const wrongResponse = (q: CheckQuestion) => [q.answers.find((a) => !a.right)!.id];

/** A chapter whose questions are all single or several choices, to answer by clicking. */
const choiceChapter = () => {
  const found = launches().find(({ href }) => {
    const check = chapterOf(href).check;
    return check.length >= 2 && check.every((q) => q.kind !== 'order');
  })!;
  return { ...found, questions: chapterOf(found.href).check };
};

test('a chapter in the LMS reports incomplete and its step, suspends, and resumes at that step', async ({ page }) => {
  const errors = collectErrors(page);
  const chapter = launches()[0]!;
  const steps = chapterOf(chapter.href).steps.map((s) => s.id);
  expect(steps.length).toBeGreaterThan(3);

  let frame = await launch(page, chapter.href);
  await expect.poll(() => cmi(page, 'cmi.core.lesson_location')).toBe(steps[0]);
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
  expect((await calls(page))[0]).toEqual(['LMSInitialize']);
  expect(await calls(page)).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']);

  // Two steps on, then leave: the LMS keeps the place and the attempt is suspended, not done.
  await frame.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect.poll(() => cmi(page, 'cmi.core.lesson_location')).toBe(steps[2]);
  expect(await calls(page)).toContainEqual(['LMSCommit']);
  await closeFrame(page);
  expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
  expect(await lastSet(page, 'cmi.core.session_time')).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);

  // The return: the LMS hands back the stored attempt and the chapter opens at that step. Its
  // last step does not complete a chapter with a self-check: the questions decide.
  frame = await launch(page, chapter.href, await storedAttempt(page));
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '2');
  await expect(frame.locator('[aria-live="polite"]')).toHaveText(new RegExp(`^Step 3 of ${steps.length}`));
  await frame.locator('[data-diagram]').click();
  for (let step = 3; step < steps.length; step += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => cmi(page, 'cmi.core.lesson_location')).toBe(steps.at(-1));
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');

  // A chapter an earlier package recorded as completed stays completed when opened again.
  frame = await launch(page, chapter.href, {
    'cmi.core.lesson_location': steps.at(-1)!,
    'cmi.core.lesson_status': 'completed',
  });
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', String(steps.length - 1));
  await expect.poll(async () => (await calls(page)).some(([name]) => name === 'LMSCommit')).toBe(true);
  expect(await lastSet(page, 'cmi.core.lesson_status')).toBeUndefined();
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('completed');
  expect(errors).toEqual([]);
});

test('answering the last question reports the score and passed at once, against the manifest’s mastery score', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const { href, questions } = choiceChapter();
  const frame = await launch(page, href);
  expect(await cmi(page, 'cmi.student_data.mastery_score')).toBe(String(info.masteryScore));

  for (const question of questions.slice(0, -1)) await answer(frame, question, rightResponse(question));
  await expect
    .poll(async () => JSON.parse(await cmi(page, 'cmi.suspend_data')).a)
    .toEqual(Object.fromEntries(questions.slice(0, -1).map((q) => [q.id, rightResponse(q)])));
  expect(await lastSet(page, 'cmi.core.score.raw')).toBeUndefined();
  expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');

  // No summary, no step to reach: the last Check reports.
  await answer(frame, questions.at(-1)!, rightResponse(questions.at(-1)!));
  await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
  expect(await cmi(page, 'cmi.core.score.min')).toBe('0');
  expect(await cmi(page, 'cmi.core.score.max')).toBe('100');
  expect((await calls(page)).at(-1)).toEqual(['LMSCommit']);
  expect(errors).toEqual([]);
});

test('a score under the mastery score reports failed, and answering again reports again', async ({ page }) => {
  const errors = collectErrors(page);
  const { href, questions } = choiceChapter();
  const [first, ...rest] = questions as [CheckQuestion, ...CheckQuestion[]];
  const percent = Math.round((rest.length / questions.length) * 100);
  expect(percent).toBeLessThan(info.masteryScore);

  const frame = await launch(page, href);
  await answer(frame, first, wrongResponse(first));
  for (const question of rest) await answer(frame, question, rightResponse(question));
  await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('failed');
  expect(await cmi(page, 'cmi.core.score.raw')).toBe(String(percent));

  await frame.locator(`[data-question="${first.id}"]`).getByRole('button', { name: 'Try again' }).click();
  await answer(frame, first, rightResponse(first));
  await expect.poll(() => cmi(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await cmi(page, 'cmi.core.score.raw')).toBe('100');
  expect(errors).toEqual([]);
});

test('a return after a reload resumes the step and the answers, with their feedback', async ({ page }) => {
  const errors = collectErrors(page);
  const { href, questions } = choiceChapter();
  const [first, second] = questions as [CheckQuestion, CheckQuestion];
  let frame = await launch(page, href);
  await frame.locator('[data-diagram]').click();
  await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  await answer(frame, first, wrongResponse(first));
  await closeFrame(page);

  frame = await launch(page, href, await storedAttempt(page));
  await expect(frame.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  const resumed = frame.locator(`[data-question="${first.id}"]`);
  await expect(resumed).toHaveAttribute('data-result', 'wrong');
  await expect(resumed.locator(`input[value="${wrongResponse(first)[0]}"]`)).toBeChecked();
  await expect(resumed.locator('.check-why').first()).toBeVisible();
  await expect(frame.locator(`[data-question="${second.id}"]`)).not.toHaveAttribute('data-result', /./);
  expect(errors).toEqual([]);
});

test('closing the chapter’s window commits what the reader did last, then ends the attempt', async ({ page }) => {
  const errors = collectErrors(page);
  const { href, questions } = choiceChapter();
  const opened = page.waitForEvent('popup');
  await launch(page, href, undefined, { window: '1' });
  const sco = await opened;
  collectErrors(sco).forEach((error) => errors.push(error));
  await ready(sco);
  for (const question of questions) await answer(sco, question, rightResponse(question));
  await sco.close();

  await expect.poll(async () => (await calls(page)).slice(-2)).toEqual([['LMSCommit'], ['LMSFinish']]);
  const committed = await page.evaluate(() =>
    (window as unknown as { lmsCommits: Record<string, string>[] }).lmsCommits.at(-1)!,
  );
  expect(committed).toMatchObject({ lesson_status: 'passed', score_raw: '100' });
  expect(JSON.parse(committed.suspend_data!).a).toEqual(
    Object.fromEntries(questions.map((q) => [q.id, rightResponse(q)])),
  );
  expect(await lastSet(page, 'cmi.core.exit')).toBe('');
  expect(errors).toEqual([]);
});

/** The chapter steps and its self-check checks answers, with nothing on screen about an LMS. */
async function worksAlone(root: FrameLocator | Page, keyboard: Page['keyboard']) {
  const { questions } = choiceChapter();
  await root.locator('[data-diagram]').click();
  await keyboard.press('ArrowRight');
  await expect(root.locator('[data-diagram]')).toHaveAttribute('data-step-index', '1');
  for (const question of questions) await answer(root, question, rightResponse(question));
  await expect(root.locator('[data-self-check] [role="status"]').last()).toContainText('100%');
  // (Next's route announcer is an empty alert region on every page.)
  await expect(root.locator('[role="alert"]').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(root.locator('body')).not.toContainText(/error|exception|could not|failed to|\bLMS\b/i);
}

test('an LMS that refuses every call leaves the chapter and its self-check working, and says nothing', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const frame = await launch(page, choiceChapter().href, undefined, { lms: 'errors' });
  await worksAlone(frame, page.keyboard);
  const names = (await calls(page)).map(([name]) => name);
  expect(names).toContain('LMSSetValue');
  expect(names).toContain('LMSCommit');
  expect(errors).toEqual([]);
});

test('a chapter with no LMS around it, in a frame or opened alone, works as on the site and reports nothing', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const { href } = choiceChapter();
  const frame = await launch(page, href, undefined, { lms: 'none' });
  await worksAlone(frame, page.keyboard);
  expect(await calls(page)).toEqual([]);

  await page.goto(`${lms.origin}${FOLDER}/package/${href}`);
  await ready(page);
  await worksAlone(page, page.keyboard);
  expect(errors).toEqual([]);
});
