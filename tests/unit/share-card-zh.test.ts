import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEdition } from '@/content';
import { getScene } from '@/content/scenes';
import type { SceneId } from '@/lib/scene/types';
import { cardSvg, renderCardPng, svgToPng } from '@/scripts/share-cards/card-png';
import { chineseCards, renderChineseCards } from '@/scripts/share-cards/chinese-cards';
import {
  CJK_SOURCES,
  type CjkFont,
  charsOf,
  describeCjkFont,
  drawnText,
  subsetCjkFont,
} from '@/scripts/share-cards/cjk-font';
import { CARD_TEXT } from '@/scripts/share-cards/share-card';

/** A card's lines of text in the text column, with the attributes that size them. */
function columnLines(svg: string) {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)]
    .map(([, attrs, text]) => {
      const attr = (name: string) => attrs!.match(new RegExp(`${name}="([^"]*)"`))?.[1];
      return {
        x: Number(attr('x')),
        size: Number(attr('font-size')),
        weight: Number(attr('font-weight') ?? 400),
        spacing: Number(attr('letter-spacing') ?? 0),
        family: attr('font-family'),
        text: text!,
      };
    })
    .filter((line) => line.x === CARD_TEXT.x);
}

const inkOf = (svg: string, fontFiles: string[]) =>
  new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } })
    .render()
    .pixels.filter((value, i) => i % 4 === 3 && value > 0).length;

describe('Chinese share cards', () => {
  const cards = chineseCards(loadEdition('zh'), getScene);
  const chars = charsOf(cards.flatMap((card) => drawnText(card.svg)));
  const work = mkdtempSync(path.join(tmpdir(), 'zh-cards-'));
  let font: CjkFont;

  beforeAll(async () => {
    font = await subsetCjkFont(chars, path.join(work, 'fonts'));
    console.log(describeCjkFont(font));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('say where they are from in Chinese, in Noto Sans SC', () => {
    const svg = cardSvg({
      lang: 'zh',
      chapter: { order: 3, count: 7 },
      headline: '盒马',
      scene: getScene('six-services'),
    });
    expect(svg).toContain('第 3 章，共 7 章');
    expect(svg).toContain('变薄的中台');
    expect(new Set(columnLines(svg).map((line) => line.family))).toEqual(new Set(['Noto Sans SC']));
  });

  it('keep the English rules for lines: 2 of kicker, 4 of headline over a summary (else 6), 5 of summary', () => {
    for (const { svg, card } of cards) {
      const lines = columnLines(svg);
      const count = (size: number, weight: number) =>
        lines.filter((l) => l.size === size && l.weight === weight).length;
      expect(count(24, 600)).toBeLessThanOrEqual(2);
      expect(count(44, 700)).toBeLessThanOrEqual(4);
      expect(count(40, 700)).toBeLessThanOrEqual(6);
      expect(count(24, 400)).toBeLessThanOrEqual(5);
      expect(count(card.summary ? 44 : 40, 700)).toBeGreaterThan(0);
    }
  });

  it('fit every line in the text column when measured in the cut font', () => {
    const faces = new Map(
      [400, 600, 700].map((weight, i) => [weight, new hb.Font(new hb.Face(new hb.Blob(readFileSync(font.files[i]!))))]),
    );
    const upem = new hb.Face(new hb.Blob(readFileSync(font.files[0]!))).upem;
    for (const { svg } of cards) {
      for (const line of columnLines(svg)) {
        const buffer = new hb.Buffer();
        buffer.addText(line.text);
        buffer.guessSegmentProperties();
        hb.shape(faces.get(line.weight)!, buffer);
        const advance = buffer.getGlyphPositions().reduce((sum, glyph) => sum + glyph.xAdvance, 0);
        const width = (advance / upem) * line.size + line.spacing * [...line.text].length;
        expect(width, line.text).toBeLessThanOrEqual(CARD_TEXT.width);
      }
    }
  });

  it('are drawn with a font cut to the characters they draw, much smaller than the source', () => {
    for (const file of font.files) {
      const held = new Set(new hb.Face(new hb.Blob(readFileSync(file))).collectUnicodes());
      expect([...chars].filter((char) => !held.has(char.codePointAt(0)!))).toEqual([]);
      expect(held.size).toBeLessThanOrEqual([...chars].length + 8);
    }
    expect(font.bytes).toBeLessThan(font.sourceBytes / 20);
  });

  it('draw every character they use, each with ink of its own, from the cut font alone', () => {
    for (const char of chars.replace(' ', '')) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><text x="4" y="40" font-family="Noto Sans SC" font-size="40">${char.replace('&', '&amp;').replace('<', '&lt;')}</text></svg>`;
      expect(inkOf(svg, font.files), char).toBeGreaterThan(0);
    }
  });

  it('look exactly as they would in the whole font, and unlike a card drawn without a Chinese font', () => {
    const { svg } = cards.find((card) => card.id === 'combinatorial')!;
    const cut = svgToPng(svg, 'zh', font.files);
    expect(Buffer.from(cut).equals(Buffer.from(svgToPng(svg, 'zh', CJK_SOURCES)))).toBe(true);
    expect(Buffer.from(cut).equals(Buffer.from(svgToPng(svg, 'en')))).toBe(false);
  });

  it('are refused without the Chinese font rather than drawn in boxes', () => {
    expect(() =>
      renderCardPng({ lang: 'zh', chapter: { order: 1, count: 7 }, headline: '中台', scene: getScene('six-services') }),
    ).toThrow(/CJK font/);
  });

  it('are written to zh/og/<slug>/<id>.png with the scenes the caller passes and its extra text in the font', async () => {
    const out = path.join(work, 'out');
    const asked = new Set<SceneId>();
    const sceneFor = (id: SceneId) => (asked.add(id), getScene(id));
    const result = await renderChineseCards({
      outDir: out,
      sceneFor,
      extraText: ['鑫'],
      cacheDir: path.join(work, 'fonts-extra'),
    });
    expect(result.count).toBe(cards.length);
    expect(result.font.chars).toContain('鑫');
    expect(asked.size).toBeGreaterThan(10);
    for (const { slug, id } of cards) expect(existsSync(path.join(out, 'zh', 'og', slug, `${id}.png`))).toBe(true);
  });
});

describe('English share cards', () => {
  const note = {
    id: 'note',
    text: 'A fixed note',
    x: 120,
    y: 200,
    anchor: 'start',
    tone: 'accent',
    opacity: 1,
  } as const;
  const scene = {
    title: 'A fixed scene',
    description: 'One note and nothing else.',
    narrow: { bands: [], nodes: [], edges: [], annotations: [note] },
  };
  const sha = (png: Uint8Array) => createHash('sha256').update(png).digest('hex');

  // Recorded from the cards as drawn before Chinese cards were added (a resvg or Inter upgrade,
  // or a change to the card's design, changes them on purpose: record them again then).
  it('are drawn byte for byte as before Chinese cards were added', () => {
    const step = {
      chapter: { order: 3, count: 7, title: 'What the platform is good at: Hema' },
      headline: 'A supermarket unlike an online shop, assembled quickly on shared services.',
      scene,
    };
    const chapter = {
      ...step,
      chapter: { order: 1, count: 7 },
      summary: 'A summary line that is long enough to wrap over two lines of the text column, or so.',
    };
    expect(sha(renderCardPng(step))).toBe('f11a0f2c81f7172fa6a16555e18100ba0984b46f742012e93c1b5e1069114361');
    expect(sha(renderCardPng(chapter))).toBe('90020db92a08e79ad53c4240add8ab584d7932f26bd21012117f61ee1629fb5b');
    expect(sha(renderCardPng({ ...step, lang: 'en' }))).toBe(sha(renderCardPng(step)));
  });
});
