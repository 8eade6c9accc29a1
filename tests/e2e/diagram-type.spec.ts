import { expect, test, type Page } from '@playwright/test';
import { LANGS } from '@/lib/i18n/lang';
import { CAP_HEIGHT, DESCENDER } from '@/lib/scene/inter-advances';
import { LABEL, textEms, WIDE_CHAR, type Weight } from '@/lib/scene/label';
import { pathOf, readManifest, ready } from './helpers';

/** One drawn line of diagram text: its words, the face and weight it is set in, and its drawn length. */
interface DrawnLine {
  label: string;
  text: string;
  families: string[];
  weight: number;
  size: number;
  length: number;
}

/** The lines of text in the visible drawings under `root`, as the browser lays them out. */
function drawnLines(page: Page, root: string): Promise<DrawnLine[]> {
  return page.locator(root).evaluate((scope) => {
    const visible = (el: Element) => (el as SVGGraphicsElement).getBoundingClientRect().width > 0;
    return [...scope.querySelectorAll<SVGTextElement>('text[data-label]')].filter(visible).flatMap((text) => {
      const style = getComputedStyle(text);
      const families = style.fontFamily.split(',').map((family) => family.trim().replace(/['"]/g, ''));
      const rows = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
      return rows.map((row) => ({
        label: text.dataset.label!,
        text: row.textContent ?? '',
        families,
        weight: Number(style.fontWeight),
        size: Number.parseFloat(style.fontSize),
        length: row.getComputedTextLength(),
      }));
    });
  });
}

/** The site's interface face as the page names it (next/font's family), and whether it is loaded. */
async function uiFace(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const stack = getComputedStyle(document.documentElement).getPropertyValue('--font-ui');
    const family = stack.split(',')[0]!.trim().replace(/['"]/g, '');
    const loaded = [...document.fonts].some((face) => face.family === family && face.status === 'loaded');
    return { family, loaded };
  });
}

/**
 * Checks that every line drawn under `root` is set in the site's Inter (the first face of its
 * stack, after the Chinese edition's punctuation face), and that a line the table measures is as
 * wide as drawn: no wider than measured (to 0.5%), and narrower only by Inter's kerning.
 */
async function expectSetInInter(page: Page, root: string, where: string) {
  const face = await uiFace(page);
  expect(face.loaded, `${where}: the site's Inter is loaded`).toBe(true);
  const lines = await drawnLines(page, root);
  expect(lines.length, `${where}: some diagram text is drawn`).toBeGreaterThan(5);
  const labels = new Set(lines.map((line) => line.label));
  for (const line of lines) {
    const families = line.families.filter((family) => family !== 'CJK Punctuation');
    expect(families[0], `${where}: "${line.text}"`).toBe(face.family);
    if (WIDE_CHAR.test(line.text) || line.text.trim() === '') continue;
    // A node label is fitted as measured for its box: at the wider of its kind's two weights.
    const measured = textEms(line.text, line.label === 'node' ? 'label' : (line.weight as Weight)) * line.size;
    const ratio = line.length / measured;
    // A stack drawn smaller is painted at about 10 px, where a browser's advances round a little.
    expect(ratio, `${where}: "${line.text}" drawn ${line.length} against ${measured} measured`).toBeLessThanOrEqual(
      1.005,
    );
    expect(ratio, `${where}: "${line.text}" drawn ${line.length} against ${measured} measured`).toBeGreaterThan(0.96);
  }
  return labels;
}

test('the diagram is set in the site’s Inter, as wide as its labels are measured, on a chapter, an embed and in lecture mode', async ({
  page,
  request,
}) => {
  const { chapters } = await readManifest(request);
  const chapter = chapters[3]!;
  await page.goto(pathOf(chapter.url));
  await ready(page);
  const kinds = await expectSetInInter(page, '[data-diagram]', 'chapter');
  // Node labels, band labels, notes and the key: every kind of diagram word.
  expect([...kinds].sort()).toEqual(['band', 'key', 'node', 'note']);

  const slug = chapter.url.split('/').filter(Boolean).at(-1)!;
  await page.goto(`/embed/${slug}/`);
  await ready(page);
  await expectSetInInter(page, '[data-diagram]', 'embed');

  await page.goto(`/present/${slug}/`);
  await ready(page);
  await expectSetInInter(page, '[data-diagram]', 'lecture mode');
});

test('the Chinese diagram sets its Latin words in the site’s Inter too', async ({ page, request }) => {
  const { chapters } = await readManifest(request, 'zh');
  await page.goto(pathOf(chapters[2]!.url));
  await ready(page);
  await expectSetInInter(page, '[data-diagram]', 'Chinese chapter');
});

/** A node label's least clear space inside its box's outline as drawn, across and down, in label units. */
interface DrawnMargin {
  id: string;
  label: string;
  x: number;
  y: number;
}

/**
 * Measures every visible node label against its box as the browser draws them, by the rule of
 * lib/scene/label-room.ts: across, from each line's letters (capitals to baseline) to the outline
 * at that height, rounded ends included; down, from the first line's capitals and the last line's
 * descenders to the top and bottom (from the lines' baselines: a browser rounds a face's line box
 * to whole pixels at the size a stack drawn smaller is painted).
 */
function drawnMargins(page: Page): Promise<DrawnMargin[]> {
  return page.evaluate(
    ([capHeight, descender]) => {
      const inset = (height: number, radius: number, y: number) => {
        const intoCorner = Math.abs(y) - (height / 2 - radius);
        if (intoCorner <= 0) return 0;
        return intoCorner >= radius ? Infinity : radius - Math.sqrt(radius * radius - intoCorner * intoCorner);
      };
      return [...document.querySelectorAll<SVGGElement>('[data-node]')].flatMap((node) => {
        const rect = node.querySelector('rect');
        const text = node.querySelector<SVGTextElement>('text[data-label="node"]');
        if (!rect || !text || !text.textContent || rect.getBoundingClientRect().width === 0) return [];
        // The label's own units to its box's: a translation and its stack's scale.
        const to = rect.getScreenCTM()!.inverse().multiply(text.getScreenCTM()!);
        const [x, y, w, h, rx] = ['x', 'y', 'width', 'height', 'rx'].map((name) => Number(rect.getAttribute(name)));
        const size = Number(text.getAttribute('font-size'));
        const rows = [...text.querySelectorAll('tspan')];
        const across = rows.map((row) => {
          const box = row.getBBox();
          const baseline = Number(row.getAttribute('y'));
          const top = to.d * (baseline - capHeight * size) + to.f - (y! + h! / 2);
          const foot = to.d * baseline + to.f - (y! + h! / 2);
          const side = inset(h!, rx!, Math.max(Math.abs(top), Math.abs(foot)));
          const left = to.a * box.x + to.e - (x! + side);
          const right = x! + w! - side - (to.a * (box.x + box.width) + to.e);
          return Math.min(left, right);
        });
        const first = Number(rows[0]!.getAttribute('y')) - capHeight * size;
        const last = Number(rows.at(-1)!.getAttribute('y')) + descender * size;
        const down = Math.min(to.d * first + to.f - y!, y! + h! - (to.d * last + to.f));
        return [
          {
            id: node.dataset.node!,
            label: rows.map((row) => row.textContent).join(' / '),
            x: Math.min(...across) / to.a,
            y: down / to.a,
          },
        ];
      });
    },
    [CAP_HEIGHT, DESCENDER] as const,
  );
}

for (const lang of LANGS) {
  for (const width of [1280, 390]) {
    test(`every box keeps its words clear of its edges as drawn, in ${lang}, ${width} px wide`, async ({
      browser,
      request,
    }) => {
      test.setTimeout(120_000);
      const { chapters } = await readManifest(request, lang);
      // Without script every step's own figure is on the page, so one visit sees all its scenes.
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const tight: string[] = [];
      let seen = 0;
      for (const chapter of chapters) {
        await page.goto(pathOf(chapter.url));
        await page.evaluate(() => document.fonts.ready);
        const margins = await drawnMargins(page);
        seen += margins.length;
        // The label's padding, less a unit for the drawing's rounding to hundredths.
        for (const m of margins)
          if (m.x < LABEL.padX - 1 || m.y < LABEL.padY - 1)
            tight.push(`${chapter.slug}: ${m.id} "${m.label}" x ${m.x.toFixed(1)} y ${m.y.toFixed(1)}`);
      }
      await context.close();
      expect(seen).toBeGreaterThan(100);
      expect([...new Set(tight)]).toEqual([]);
    });
  }
}
