import { hsl } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { drawFrame } from '@/components/diagram/draw-frame';
import type { SvgNode } from '@/components/diagram/svg-tree';
import { DIAGRAM_DARK, DIAGRAM_LIGHT, type DiagramColors } from '@/lib/design/diagram-colors';
import { contrast, edgeColor, mixColors, nodeColors, resolveColors } from '@/lib/scene/palette';
import { POINT } from '@/lib/scene/label';
import { legendEntries } from '@/lib/scene/legend';
import { allScenes, getScene } from '@/content/scenes';
import type { LayoutName, SceneFrame, Tone } from '@/lib/scene/types';

const SCHEMES = [
  ['light', DIAGRAM_LIGHT],
  ['dark', DIAGRAM_DARK],
] as const;

type Rect = { x: number; y: number; w: number; h: number };
const inside = (r: Rect, [x, y]: readonly [number, number]) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
const numbers = (text: string) => (text.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
const kids = (node: SvgNode) => (typeof node.children === 'string' ? [] : (node.children ?? []));
const find = (node: SvgNode, tag: string): SvgNode | undefined =>
  node.tag === tag ? node : kids(node).reduce<SvgNode | undefined>((hit, kid) => hit ?? find(kid, tag), undefined);
const rectOf = (rect: SvgNode): Rect => {
  const { x, y, width, height } = rect.attrs as Record<string, number>;
  return { x: x!, y: y!, w: width!, h: height! };
};
/** Where a group's `translate(x y)` puts its origin. */
const origin = (group: SvgNode): [number, number] => {
  const [x = 0, y = 0] = numbers(String(group.attrs.transform ?? ''));
  return [x, y];
};
/** A faded element (the scenes rest some at 0.55) recedes on purpose; it is not held to the floors. */
const faded = (group: SvgNode) => group.attrs.opacity !== undefined && Number(group.attrs.opacity) < 1;

interface Pair {
  what: string;
  fg: string;
  bg: string;
}

/**
 * Every pair of colours a drawing puts one on the other: each label on its box or backdrop,
 * each note and key entry on what is behind it, each box outline and line on the band (or the
 * page) under it. Grounds are found from the drawing's own bands, in paint order.
 */
function pairsIn(frame: SceneFrame, layout: LayoutName): { text: Pair[]; lines: Pair[] } {
  const [pages, key] = kids(drawFrame(frame, layout));
  const [bands, edges, bandLabels, nodes, notes] = kids(pages!);
  const grounds = kids(bands!)
    .filter((band) => !faded(band))
    .map((band) => find(band, 'rect')!)
    .filter((rect) => rect.attrs.fill !== 'none')
    .map((rect) => ({ rect: rectOf(rect), fill: String(rect.attrs.fill) }));
  const boxes = kids(nodes!)
    .map((node) => find(node, 'rect'))
    .filter((rect): rect is SvgNode => rect !== undefined)
    .map(rectOf);
  const groundAt = (at: readonly [number, number]) =>
    grounds.findLast((ground) => inside(ground.rect, at))?.fill ?? 'var(--dg-page)';
  const text: Pair[] = [];
  const lines: Pair[] = [];
  for (const node of kids(nodes!).filter((n) => !faded(n))) {
    const id = String(node.attrs['data-node']);
    const rect = find(node, 'rect');
    const label = find(node, 'text');
    if (rect && label) text.push({ what: `${id} label`, fg: String(label.attrs.fill), bg: String(rect.attrs.fill) });
    const outline = rect ?? find(node, 'path')!;
    const [x, y] = rect ? [rectOf(rect).x, rectOf(rect).y + rectOf(rect).h / 2] : numbers(String(outline.attrs.d));
    lines.push({ what: `${id} outline`, fg: String(outline.attrs.stroke), bg: groundAt([x!, y!]) });
  }
  for (const label of kids(bandLabels!).filter((l) => !faded(l))) {
    const [backdrop, words] = kids(label);
    text.push({
      what: `${label.attrs['data-band-label']} label`,
      fg: String(words!.attrs.fill),
      bg: String(backdrop!.attrs.fill),
    });
  }
  for (const edge of kids(edges!).filter((e) => !faded(e))) {
    const path = find(edge, 'path')!;
    const xy = numbers(String(path.attrs.d));
    for (let i = 0; i + 1 < xy.length; i += 2) {
      const at = [xy[i]!, xy[i + 1]!] as const;
      if (boxes.some((box) => inside(box, at))) continue; // under a box, out of sight
      lines.push({ what: `line ${edge.attrs['data-edge']}`, fg: String(path.attrs.stroke), bg: groundAt(at) });
    }
  }
  for (const note of kids(notes!).filter((n) => !faded(n))) {
    const words = find(note, 'text')!;
    const at = origin(kids(note).find((kid) => kid.tag === 'g')!);
    // The note's halo is painted in the page's colour around every glyph.
    text.push({
      what: `note ${note.attrs['data-annotation']}`,
      fg: String(words.attrs.fill),
      bg: String(words.attrs.stroke),
    });
    text.push({
      what: `note ${note.attrs['data-annotation']} near its ground`,
      fg: String(words.attrs.fill),
      bg: groundAt(at),
    });
    // A numbered point's number is drawn in the page's colour on a disc of the note's.
    const disc = kids(note).find((kid) => kid.tag === 'circle' && kid.attrs.r === POINT.r);
    const number = kids(note)
      .filter((kid) => kid.tag === 'text')
      .at(-1);
    if (disc && number)
      text.push({
        what: `point ${note.attrs['data-annotation']}`,
        fg: String(number.attrs.fill),
        bg: String(disc.attrs.fill),
      });
  }
  for (const entry of kids(key!)) {
    const words = find(entry, 'text')!;
    const at = origin(kids(entry).find((kid) => kid.tag === 'g')!);
    text.push({ what: `key ${entry.attrs['data-key-entry']}`, fg: String(words.attrs.fill), bg: groundAt(at) });
  }
  return { text, lines };
}

/** Each scene in both drawings, with every pair it draws. */
const drawn = allScenes().flatMap((scene) =>
  (['wide', 'narrow'] as const).map((layout) => ({
    name: `${scene.id} (${layout})`,
    ...pairsIn(layout === 'wide' ? scene : scene.narrow, layout),
  })),
);

function below(pairs: Pair[], floor: number, colors: DiagramColors): string[] {
  return pairs
    .map((p) => ({ ...p, ratio: contrast(resolveColors(p.fg, colors), resolveColors(p.bg, colors)) }))
    .filter((p) => p.ratio < floor)
    .map((p) => `${p.what} ${p.ratio.toFixed(2)}:1`);
}

describe('the diagram’s palette, in the light and the dark scheme', () => {
  for (const [scheme, colors] of SCHEMES) {
    it(`${scheme}: every label, note and key entry the scenes draw reads at 4.5:1 on what is behind it`, () => {
      const failures = drawn.flatMap(({ name, text }) => below(text, 4.5, colors).map((f) => `${name}: ${f}`));
      expect(failures).toEqual([]);
    });

    it(`${scheme}: every line and box outline the scenes draw stands out at 3:1 from the band or page under it`, () => {
      const failures = drawn.flatMap(({ name, lines }) => below(lines, 3, colors).map((f) => `${name}: ${f}`));
      expect(failures).toEqual([]);
    });
  }

  it('the pairs checked cover every scene, with labels, lines and notes among them', () => {
    expect(drawn).toHaveLength(allScenes().length * 2);
    const all = drawn.flatMap((d) => [...d.text, ...d.lines].map((p) => p.what.split(' ')[0]));
    expect(new Set(all)).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(drawn.flatMap((d) => d.lines).some((p) => p.what.startsWith('line'))).toBe(true);
    expect(drawn.flatMap((d) => d.text).some((p) => p.what.startsWith('note'))).toBe(true);
    expect(drawn.flatMap((d) => d.text).some((p) => p.what.startsWith('key'))).toBe(true);
  });

  it('the dark scheme keeps each meaning in its own hue: reused blue, built anew green, strain rust', () => {
    for (const tone of ['accent', 'new', 'warn'] as const) {
      const [day, night] = [DIAGRAM_LIGHT, DIAGRAM_DARK].map((c) => hsl(c.tones[tone].stroke).h);
      const apart = Math.abs(((day! - night! + 540) % 360) - 180);
      expect(apart, tone).toBeLessThan(15);
    }
  });

  it('in both schemes faded recedes most, the plain platform next, and what carries meaning stands out most', () => {
    for (const [scheme, colors] of SCHEMES) {
      const onPage = (tone: Tone) => contrast(resolveColors(edgeColor(tone), colors), colors.page);
      const outline = (tone: Tone) => contrast(colors.tones[tone].stroke, colors.page);
      expect(outline('muted'), scheme).toBeLessThan(outline('base'));
      for (const tone of ['accent', 'new', 'warn'] as const) {
        expect(outline(tone), `${scheme} ${tone}`).toBeGreaterThan(outline('base'));
        expect(onPage(tone), `${scheme} ${tone} line`).toBeGreaterThan(onPage('base'));
      }
    }
  });

  it('a half-blended tone is a color-mix of its two tones, which resolves between them', () => {
    const half = nodeColors('capability', 'base', { base: 0.5, accent: 0.5 }).stroke;
    expect(half).toBe('color-mix(in lab, var(--dg-base-stroke) 50%, var(--dg-accent-stroke))');
    const { base, accent } = DIAGRAM_LIGHT.tones;
    const mid = resolveColors(half, DIAGRAM_LIGHT);
    expect(mid).toBe(
      mixColors([
        [base.stroke, 0.5],
        [accent.stroke, 0.5],
      ]),
    );
    expect(contrast(mid, base.stroke)).toBeLessThan(contrast(accent.stroke, base.stroke));
  });

  it('a blend of three tones nests its mixes and keeps their weights', () => {
    const three = nodeColors('capability', 'new', { base: 0.5, accent: 0.25, new: 0.25 }).fill;
    expect(three).toBe(
      'color-mix(in lab, var(--dg-fill-capability) 50%, color-mix(in lab, var(--dg-accent-fill) 50%, var(--dg-new-fill)))',
    );
    expect(resolveColors(three, DIAGRAM_DARK)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('a colour that is not the palette’s is an error naming it', () => {
    expect(() => resolveColors('var(--dg-purple)', DIAGRAM_LIGHT)).toThrow('var(--dg-purple)');
  });

  it('the legend lists only the tones, lines and brackets a scene uses', () => {
    expect(legendEntries(getScene('platform-full')).map((e) => e.label)).toEqual(['Middle’s depth']);
    expect(legendEntries(getScene('six-services')).map((e) => e.label)).toEqual([
      'Reused',
      'Built anew',
      'Reuses',
      'Middle’s depth',
    ]);
    expect(legendEntries(getScene('double-11')).map((e) => e.label)).toEqual([
      'Reused',
      'Under strain',
      'Heavy load',
      'Middle’s depth',
    ]);
    expect(legendEntries(getScene('platform-cracks')).map((e) => e.label)).toEqual(['Under strain', 'Middle’s depth']);
  });
});
