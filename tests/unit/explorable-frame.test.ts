import { describe, expect, it } from 'vitest';
import { BUSINESS, explorableFrame } from '@/lib/explorable/frame';
import { CAPABILITY_IDS, evaluate, PLATFORM_SHAPES, PRESET_IDS, preset } from '@/lib/explorable/model';
import { crampedLabels, frameProblems, overlappingNodes } from '@/lib/scene/validate';

const cases = PLATFORM_SHAPES.flatMap((shape) => [
  ...PRESET_IDS.map((id) => ({ name: `${id} on ${shape}`, needs: preset(id).needs, shape })),
  { name: `every need on ${shape}`, needs: CAPABILITY_IDS, shape },
  { name: `no need on ${shape}`, needs: [], shape },
]);

describe('explorableFrame(evaluation)', () => {
  it.each(cases)('draws $name inside the viewBox with no overlaps or cramped labels', ({ needs, shape }) => {
    const frame = explorableFrame(evaluate(needs, shape));
    expect(frameProblems(frame)).toEqual([]);
    expect(overlappingNodes(frame)).toEqual([]);
    expect(crampedLabels(frame)).toEqual([]);
  });

  it('draws a line from the business to every need the platform meets and every need built anew', () => {
    const evaluation = evaluate(preset('rhino').needs, '2015');
    const targets = explorableFrame(evaluation)
      .edges.filter((e) => e.from === BUSINESS)
      .map((e) => e.to);
    expect(new Set(targets)).toEqual(new Set([...evaluation.met, ...evaluation.missing]));
  });

  it('puts what must be built anew in its own column, in the "new" tone', () => {
    const evaluation = evaluate(preset('rhino').needs, '2015');
    const frame = explorableFrame(evaluation);
    for (const id of evaluation.missing) {
      const drawn = frame.nodes.find((n) => n.id === id)!;
      expect(drawn.tone).toBe('new');
      expect(drawn.box.x).toBeGreaterThanOrEqual(440);
    }
  });

  it('draws the thin platform shorter than the 2015 one', () => {
    const height = (shape: 'thin' | '2015') =>
      explorableFrame(evaluate(preset('hema').needs, shape)).bands.find((b) => b.id === 'x-platform')!.box.h;
    expect(height('thin')).toBeLessThan(height('2015'));
  });

  it('draws the fragmented platform as separate pieces', () => {
    const frame = explorableFrame(evaluate(preset('hema').needs, 'fragmented'));
    expect(frame.bands.filter((b) => b.id.startsWith('x-piece-')).length).toBeGreaterThan(1);
  });
});
