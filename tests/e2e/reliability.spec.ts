import { expect, test, type Page } from '@playwright/test';
import { WIDE_MIN } from '@/lib/design/tokens';
import { collectErrors, diagram, pathOf, readManifest, scrollToStep, type ManifestChapter } from './helpers';
import {
  desktopActiveStep,
  diagramOverStep,
  mulberry32,
  settleScroll,
  settledDrawing,
  diagramDrawing,
} from './reliability-helpers';

/** The chapter with the most steps: the most places for a scroll to land wrong. */
async function longestChapter(request: Parameters<typeof readManifest>[0]): Promise<ManifestChapter> {
  const { chapters } = await readManifest(request);
  return [...chapters].sort((a, b) => b.steps.length - a.steps.length)[0]!;
}

async function expectStep(page: Page, chapter: ManifestChapter, index: number, context: string) {
  await expect(diagram(page), context).toHaveAttribute('data-step-index', String(index));
  await expect(diagram(page), context).toHaveAttribute('data-active-scene', chapter.steps[index]!.scene);
}

test.describe('at desktop width', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('200 seeded jumps and flings each end on the scene of the step in view', async ({ page, request }) => {
    test.setTimeout(180_000);
    const chapter = await longestChapter(request);
    const ids = chapter.steps.map((step) => step.id);
    const errors = collectErrors(page);
    await page.goto(pathOf(chapter.url));
    const random = mulberry32(20151207);
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const landed = new Set<number>();
    for (let scroll = 0; scroll < 200; scroll += 1) {
      const target = Math.round(random() * room);
      if (scroll % 10 === 9) {
        // A fling: the browser's own smooth scroll, with the steps streaming past on the way.
        await page.evaluate((top) => window.scrollTo({ top, behavior: 'smooth' }), target);
      } else {
        await page.evaluate((top) => window.scrollTo(0, top), target);
      }
      await settleScroll(page);
      const expected = await desktopActiveStep(page, ids);
      landed.add(expected);
      await expectStep(page, chapter, expected, `scroll ${scroll} to ${target}px`);
    }
    expect(landed.size, 'the seeded scrolls visit most steps').toBeGreaterThanOrEqual(ids.length - 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectStep(page, chapter, 0, 'back at the top');
    expect(errors).toEqual([]);
  });

  test('with the CPU slowed six times, a fling past every step ends on the last scene, fully drawn', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const chapter = await longestChapter(request);
    const last = chapter.steps.at(-1)!;
    await page.goto(pathOf(last.shareUrl));
    await expect(diagram(page)).toHaveAttribute('data-active-scene', last.scene);
    const reference = await settledDrawing(page);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(pathOf(chapter.url));
    await expectStep(page, chapter, 0, 'slow start');
    await page.evaluate((id) => {
      const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'smooth' });
    }, last.id);
    await settleScroll(page, 20_000);
    await expectStep(page, chapter, chapter.steps.length - 1, 'after the slow fling');
    expect(await settledDrawing(page, 1500, 30_000)).toBe(reference);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await diagramDrawing(page)).toBe(reference);
  });
});

test('resizing, rotating and zooming to 200% mid-chapter keep the scene and keep the diagram off the text', async ({
  page,
  request,
}) => {
  const chapter = await longestChapter(request);
  const index = Math.floor(chapter.steps.length / 2);
  const step = chapter.steps[index]!;
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pathOf(chapter.url));
  await scrollToStep(page, step.id);
  await expectStep(page, chapter, index, 'before resizing');
  const sizes = [
    { name: 'phone, portrait', width: 390, height: 844 },
    { name: 'phone, rotated', width: 844, height: 390 },
    { name: 'desktop', width: 1280, height: 800 },
    // What 200% browser zoom does to a 1280x800 window: a CSS viewport half as wide and high.
    { name: '200% zoom', width: 640, height: 400 },
    { name: 'tablet, portrait', width: 768, height: 1024 },
  ];
  for (const size of sizes) {
    await page.setViewportSize(size);
    await settleScroll(page);
    if (size.width >= WIDE_MIN) {
      const ids = chapter.steps.map((s) => s.id);
      await expectStep(page, chapter, await desktopActiveStep(page, ids), `${size.name}, as the resize left it`);
    }
    // The reader finds their place again, as they would after turning the phone.
    await scrollToStep(page, step.id);
    await settleScroll(page);
    await expectStep(page, chapter, index, size.name);
    expect(await diagramOverStep(page, step.id), `${size.name}: diagram over the text`).toBe(0);
  }
  expect(errors).toEqual([]);
});
