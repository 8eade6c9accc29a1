import { describe, expect, it } from 'vitest';
import { ENGLISH, evaluate } from './evaluate-in-english';
import { BUSINESS, explorableFrame } from '@/lib/explorable/frame';
import { CAPABILITY_IDS, PLATFORM_SHAPES, PRESET_IDS, preset } from '@/lib/explorable/model';
import { crampedLabels, frameProblems, overlappingNodes } from '@/lib/scene/validate';
import { evaluate as evaluateIn } from '@/lib/explorable/model';
import { zh } from '@/lib/i18n/messages/zh';
import { templated } from '@/lib/i18n/templated';
import { CATALOGUE as DIAGRAM } from '@/content/scenes/catalogue';
import { NODES_ZH } from '@/content/scenes/zh/catalogue';
import { GRID } from '@/lib/explorable/frame-parts';

const CHINESE = templated(zh.explorable);

const cases = PLATFORM_SHAPES.flatMap((shape) => [
  ...PRESET_IDS.map((id) => ({ name: `${id} on ${shape}`, needs: preset(id).needs, shape })),
  { name: `every need on ${shape}`, needs: CAPABILITY_IDS, shape },
  { name: `no need on ${shape}`, needs: [], shape },
]);

describe('explorableFrame(evaluation, ENGLISH)', () => {
  it.each(cases)('draws $name inside the viewBox with no overlaps or cramped labels', ({ needs, shape }) => {
    const frame = explorableFrame(evaluate(needs, shape), ENGLISH);
    expect(frameProblems(frame)).toEqual([]);
    expect(overlappingNodes(frame)).toEqual([]);
    expect(crampedLabels(frame)).toEqual([]);
  });

  it.each(cases)(
    'draws $name for a phone inside its 400 units, with no overlaps or cramped labels',
    ({ needs, shape }) => {
      const frame = explorableFrame(evaluate(needs, shape), ENGLISH, 'narrow');
      expect(frameProblems(frame)).toEqual([]);
      expect(overlappingNodes(frame)).toEqual([]);
      expect(crampedLabels(frame)).toEqual([]);
      const shown = [...frame.nodes, ...frame.bands].filter((part) => part.opacity > 0);
      for (const part of shown) expect(part.box.x + part.box.w, part.id).toBeLessThanOrEqual(400);
    },
  );

  it('draws a line from the business to every shared service it uses, none to the back end or the column built anew', () => {
    for (const id of PRESET_IDS) {
      const evaluation = evaluate(preset(id).needs, '2015');
      const targets = explorableFrame(evaluation, ENGLISH)
        .edges.filter((e) => e.from === BUSINESS)
        .map((e) => e.to);
      expect(new Set(targets), id).toEqual(new Set(evaluation.met.filter((n) => n !== 'infra')));
      expect(targets, id).not.toContain('infra');
    }
  });

  it('draws no empty “built anew” column: with nothing to build, the stack stands alone in the middle', () => {
    const frame = explorableFrame(evaluate(preset('hema').needs, '2015'), ENGLISH);
    expect(frame.bands.find((b) => b.id === 'x-anew')!.opacity).toBe(0);
    expect(frame.annotations).toEqual([]);
    const platform = frame.bands.find((b) => b.id === 'x-platform')!.box;
    expect(platform.x + platform.w / 2).toBeCloseTo(320);
  });

  it('puts what must be built anew in its own column, in the "new" tone', () => {
    const evaluation = evaluate(preset('rhino').needs, '2015');
    const frame = explorableFrame(evaluation, ENGLISH);
    for (const id of evaluation.missing) {
      const drawn = frame.nodes.find((n) => n.id === id)!;
      expect(drawn.tone).toBe('new');
      expect(drawn.box.x).toBeGreaterThanOrEqual(440);
    }
  });

  it('draws the thin platform shorter than the 2015 one', () => {
    const height = (shape: 'thin' | '2015') =>
      explorableFrame(evaluate(preset('hema').needs, shape), ENGLISH).bands.find((b) => b.id === 'x-platform')!.box.h;
    expect(height('thin')).toBeLessThan(height('2015'));
  });

  it('draws the fragmented platform as separate pieces', () => {
    const frame = explorableFrame(evaluate(preset('hema').needs, 'fragmented'), ENGLISH);
    expect(frame.bands.filter((b) => b.id.startsWith('x-piece-')).length).toBeGreaterThan(1);
  });

  it.each(cases)('draws $name in Chinese, wide and for a phone, with every label in its box', ({ needs, shape }) => {
    for (const layout of ['wide', 'narrow'] as const) {
      const frame = explorableFrame(evaluateIn(needs, shape, CHINESE), CHINESE, layout);
      expect(frameProblems(frame), layout).toEqual([]);
      expect(overlappingNodes(frame), layout).toEqual([]);
      expect(crampedLabels(frame), layout).toEqual([]);
      const words = [...frame.nodes, ...frame.bands].map((part) => part.label).join('');
      expect(words.replace(/\b(AI|App)\b/g, ''), layout).not.toMatch(/[A-Za-z]/);
    }
  });

  it('names every box the chapters draw as the chapters name it, in English and in Chinese', () => {
    const flat = (label: string) => label.replace(/\n/g, ' ');
    const named = CAPABILITY_IDS.filter((id) => DIAGRAM.nodes[id]);
    expect(named).toContain('tech-arch');
    expect(named).toContain('infra');
    for (const [words, chapters, lang] of [
      [ENGLISH, (id: string) => flat(DIAGRAM.nodes[id]!.label), 'en'],
      [CHINESE, (id: string) => NODES_ZH[id]!, 'zh'],
    ] as const) {
      const frame = explorableFrame(evaluateIn(CAPABILITY_IDS, '2015', words), words);
      for (const id of named) {
        expect(words.capabilities[id].label, `${lang} ${id}`).toBe(chapters(id));
        // Wrapped to its box, if need be, never renamed: the box is made to fit the name.
        const drawn = frame.nodes.find((n) => n.id === id)!;
        expect(drawn.label.replace(/\n/g, lang === 'zh' ? '' : ' '), `${lang} ${id}`).toBe(chapters(id));
      }
    }
  });

  it('draws the business’s own front end in the "new" tone, as everything it builds', () => {
    for (const layout of ['wide', 'narrow'] as const)
      for (const id of PRESET_IDS) {
        const frame = explorableFrame(evaluate(preset(id).needs, '2015'), ENGLISH, layout);
        const fronts = frame.nodes.filter((n) => n.layer === 'front');
        expect(fronts.find((n) => n.id === BUSINESS)!.tone, `${layout} ${id}`).toBe('new');
        expect(new Set(fronts.map((n) => n.tone)), `${layout} ${id}`).toEqual(new Set(['new']));
      }
  });

  it.each(cases)(
    'puts every box of $name on the three columns, a short last row spanning the rest',
    ({ needs, shape }) => {
      const frame = explorableFrame(evaluate(needs, shape), ENGLISH);
      const stack = frame.nodes.filter((n) => n.layer !== 'back' && n.box.x < GRID.anew.x0);
      const band = frame.bands.find((b) => b.id === 'x-front')!.box;
      const left = band.x + GRID.pad;
      const right = band.x + band.w - GRID.pad;
      const column = (right - left - 2 * GRID.gap) / 3;
      const starts = [0, 1, 2].map((i) => left + i * (column + GRID.gap));
      for (const node of stack) {
        expect(
          starts.some((x) => Math.abs(node.box.x - x) < 1e-6),
          node.id,
        ).toBe(true);
        const ends = node.box.x + node.box.w;
        const last = !stack.some((other) => other.box.y === node.box.y && other.box.x > node.box.x);
        // Every box ends on a column's edge; the last of its row ends on the grid's right edge.
        expect(
          starts.some((x) => Math.abs(ends - (x + column)) < 1e-6),
          node.id,
        ).toBe(true);
        if (last) expect(ends, node.id).toBeCloseTo(right);
      }
    },
  );

  it('sets the words’ language on the frame, for the key drawn with it', () => {
    expect(explorableFrame(evaluate(preset('hema').needs, '2015'), ENGLISH).lang).toBe('en');
    const chinese = explorableFrame(evaluateIn(preset('hema').needs, '2015', CHINESE), CHINESE, 'wide', 'zh');
    expect(chinese.lang).toBe('zh');
  });
});
