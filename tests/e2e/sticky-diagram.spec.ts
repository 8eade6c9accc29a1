import { expect, test } from '@playwright/test';
import { WIDE_MIN } from '@/lib/design/tokens';
import { pathOf, readManifest } from './helpers';

/**
 * The diagram stays stuck while the last step is read: from the moment the last step's text
 * comes on screen until it has passed (out at the top on a wide screen, under the sticky
 * diagram on a phone), the diagram's top stays at its sticky offset. It used to come unstuck
 * and slide up, clipped, while that text was still being read.
 */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

interface Slip {
  scrollY: number;
  textTop: number;
  textBottom: number;
  stageTop: number;
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width} × ${screen.height}`, () => {
    test.use({ viewport: screen, reducedMotion: 'reduce' });

    test('every chapter’s diagram stays at its sticky offset through the last step', async ({ page, request }) => {
      const { chapters } = await readManifest(request);
      for (const chapter of chapters) {
        await page.goto(pathOf(chapter.url));
        const last = chapter.steps.at(-1)!.id;
        const slips = await page.evaluate(
          async ({ id, wide }): Promise<Slip[]> => {
            const text = document.getElementById(id)!.querySelector('.step-text')!;
            const stage = document.querySelector<HTMLElement>('.scrolly-stage')!;
            const offset = parseFloat(getComputedStyle(stage).top);
            const narrow = innerWidth < wide;
            const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const found: Slip[] = [];
            const start = text.getBoundingClientRect().top + scrollY - innerHeight;
            const end = text.getBoundingClientRect().bottom + scrollY + 40;
            for (let y = start; y <= end; y += 24) {
              scrollTo(0, y);
              await frame();
              const t = text.getBoundingClientRect();
              const s = stage.getBoundingClientRect();
              // Passed: gone off the top, or (phone) wholly under the sticky diagram.
              const onScreen = t.top < innerHeight && t.bottom > (narrow ? s.bottom : 0);
              if (onScreen && Math.abs(s.top - offset) > 1)
                found.push({ scrollY: Math.round(scrollY), textTop: t.top, textBottom: t.bottom, stageTop: s.top });
            }
            return found;
          },
          { id: last, wide: WIDE_MIN },
        );
        expect(slips.slice(0, 3), `${chapter.slug}#${last}: ${slips.length} positions off`).toEqual([]);
      }
    });
  });
}
