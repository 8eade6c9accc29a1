import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { loadChapters } from '@/content';
import { allScenes, getScene } from '@/content/scenes';
import type { Box, SceneFrame, SceneId } from '@/lib/scene/types';
import { PLATFORM_SERVICES } from '@/lib/platform';

const steps = loadChapters().flatMap((chapter) => chapter.steps.map((step) => ({ ...step, chapter: chapter.slug })));
const draw = (frame: SceneFrame) =>
  renderToStaticMarkup(<DiagramSvg frame={frame} title="t" description="d" idPrefix="x" />);

describe('every step moves the picture', () => {
  it('every step draws a picture unlike the step before it, wide and on a phone', () => {
    steps.forEach((step, i) => {
      const before = steps[i - 1];
      if (!before) return;
      const [a, b] = [getScene(before.scene), getScene(step.scene)];
      expect(draw(b), `${step.chapter}#${step.id}`).not.toBe(draw(a));
      expect(draw(b.narrow), `${step.chapter}#${step.id} (phone)`).not.toBe(draw(a.narrow));
    });
  });

  it('no two steps in a row share a description', () => {
    steps.forEach((step, i) => {
      const before = steps[i - 1];
      if (before) expect(getScene(step.scene).description, step.id).not.toBe(getScene(before.scene).description);
    });
  });

  it('every scene has its SVG snapshot', () => {
    for (const scene of allScenes()) {
      expect(existsSync(path.join(import.meta.dirname, 'snapshots', `${scene.id}.svg`)), scene.id).toBe(true);
    }
  });
});

/** The scenes that show the 2015 platform (whole, perhaps drawn smaller beside something else). */
const PLATFORM_2015: SceneId[] = [
  'platform-full',
  'the-intranet-post',
  'layers',
  'shared-capabilities',
  'double-11',
  'industry-norm',
  'hema-assembles',
  'six-services',
  'combinatorial',
  'five-new',
  'a-fair-test',
  'rhino-independent',
  'why-inefficient',
  'special-edition-independent',
  'combine-vs-disrupt',
  'recombining',
  'cutting-through',
  'in-its-dna',
  'try-it',
];

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

describe('one drawing system', () => {
  const reference = getScene('platform-full');
  const at = (frame: SceneFrame, id: string) => frame.nodes.find((n) => n.id === id);

  it('each service keeps its place (up to one uniform scale) and its label wherever the 2015 platform is drawn', () => {
    for (const id of PLATFORM_2015) {
      const scene = getScene(id);
      const [ref0, got0] = [at(reference, 'product')!.box, at(scene, 'product')!.box];
      const s = got0.w / ref0.w;
      const expected = (b: Box): Box => ({
        x: got0.x + (b.x - ref0.x) * s,
        y: got0.y + (b.y - ref0.y) * s,
        w: b.w * s,
        h: b.h * s,
      });
      for (const cap of PLATFORM_SERVICES) {
        const [ref, got] = [at(reference, cap)!, at(scene, cap)];
        expect(got, `${id}: ${cap}`).toBeDefined();
        expect(got!.label, `${id}: ${cap}`).toBe(ref.label);
        const want = expected(ref.box);
        for (const k of ['x', 'y', 'w', 'h'] as const)
          expect(near(got!.box[k], want[k]), `${id}: ${cap}.${k}`).toBe(true);
        expect(near(got!.scale ?? 1, s), `${id}: ${cap} label scale`).toBe(true);
      }
    }
  });

  it('only the scenes that break or thin the platform move its services', () => {
    const others = allScenes().filter(
      (scene) => !PLATFORM_2015.includes(scene.id) && PLATFORM_SERVICES.every((cap) => at(scene, cap)),
    );
    expect(others.map((s) => s.id)).toEqual([
      'platform-cracks',
      'the-question',
      'thinning',
      'three-gains',
      'scenario-changed',
    ]);
  });

  it('the middle band’s bracket shrinks in chapters 6 and 7 and is held against the 2015 depth', () => {
    const full = at(reference, 'depth')!.box.h;
    for (const id of [
      'thinning',
      'three-gains',
      'fragmented',
      'two-shapes',
      'still-useful',
      'no-blind-following',
    ] as const) {
      const scene = getScene(id);
      const depth = at(scene, 'depth')!.box;
      const then = at(scene, 'depth-2015')!.box;
      expect(depth.h, id).toBeLessThan(then.h * 0.8);
      expect(then.h / (then.w / at(reference, 'depth')!.box.w), id).toBeCloseTo(full, 5);
    }
  });
});
