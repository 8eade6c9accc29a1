import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { loadChapters } from '@/content';
import { allScenes, getScene } from '@/content/scenes';
import type { Box, SceneFrame } from '@/lib/scene/types';
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

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
const at = (frame: SceneFrame, id: string) => frame.nodes.find((n) => n.id === id);
const reference = getScene('platform-full');

/** The 2015 grid as this frame would draw it, at the scale of its product box. */
function grid2015(frame: SceneFrame) {
  const [ref0, got0] = [at(reference, 'product')!.box, at(frame, 'product')!.box];
  const scale = got0.w / ref0.w;
  const place = (b: Box): Box => ({
    x: got0.x + (b.x - ref0.x) * scale,
    y: got0.y + (b.y - ref0.y) * scale,
    w: b.w * scale,
    h: b.h * scale,
  });
  return { scale, place };
}

/** Whether all eight services sit where the 2015 platform puts them, up to one uniform scale. */
function drawsThe2015Grid(frame: SceneFrame): boolean {
  const { place } = grid2015(frame);
  return PLATFORM_SERVICES.every((cap) => {
    const want = place(at(reference, cap)!.box);
    return (['x', 'y', 'w', 'h'] as const).every((k) => near(at(frame, cap)!.box[k], want[k]));
  });
}

/** How deep the middle band's bracket is, in heights of a service box (so the scale cancels out). */
const depthInRows = (frame: SceneFrame) => at(frame, 'depth')!.box.h / at(frame, 'product')!.box.h;

describe('one drawing system', () => {
  const withServices = allScenes().filter((scene) => PLATFORM_SERVICES.every((cap) => at(scene, cap)));
  const in2015Grid = withServices.filter(drawsThe2015Grid);

  it('each service keeps its label and scale wherever the 2015 platform is drawn, whole or smaller', () => {
    expect(in2015Grid.map((scene) => scene.id)).toContain('platform-full');
    expect(in2015Grid.length).toBeGreaterThan(withServices.length / 2);
    for (const scene of in2015Grid) {
      const { scale } = grid2015(scene);
      for (const cap of PLATFORM_SERVICES) {
        const got = at(scene, cap)!;
        expect(got.label, `${scene.id}: ${cap}`).toBe(at(reference, cap)!.label);
        expect(near(got.scale ?? 1, scale), `${scene.id}: ${cap} label scale`).toBe(true);
      }
    }
  });

  it('only the scenes that break or thin the platform move its services: their middle measures less', () => {
    const full = depthInRows(reference);
    const moved = withServices.filter((scene) => !in2015Grid.includes(scene));
    expect(moved.length).toBeGreaterThan(0);
    for (const scene of moved) expect(depthInRows(scene), scene.id).toBeLessThan(full * 0.9);
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
