import { describe, expect, it } from 'vitest';
import { interpolateScene } from '@/lib/scene/interpolate';
import { allScenes, getScene } from '@/content/scenes';
import { frameProblems } from '@/lib/scene/validate';
import type { Scene, SceneFrame, SceneNode } from '@/lib/scene/types';

const frameOf = ({ bands, nodes, edges, annotations }: SceneFrame): SceneFrame => ({
  bands,
  nodes,
  edges,
  annotations,
});
const node = (frame: SceneFrame, id: string) => frame.nodes.find((n) => n.id === id);
const box = { x: 10, y: 20, w: 100, h: 50 };
const plain = (id: string, patch: Partial<SceneNode> = {}): SceneNode => ({
  id,
  kind: 'capability',
  label: id,
  layer: 'middle',
  box,
  tone: 'base',
  opacity: 1,
  ...patch,
});
const frame = (...nodes: SceneNode[]): SceneFrame => ({ bands: [], nodes, edges: [], annotations: [] });
const pairs = allScenes().flatMap((a) =>
  allScenes()
    .filter((b) => b !== a)
    .map((b) => [a, b] as [Scene, Scene]),
);

describe('interpolateScene', () => {
  it('interpolateScene(a, b) at t=0 is a, for every pair of scenes', () => {
    for (const [a, b] of pairs) {
      const at0 = interpolateScene(a, b)(0);
      for (const key of ['bands', 'nodes', 'edges', 'annotations'] as const) {
        const byId = new Map<string, unknown>(at0[key].map((el) => [el.id, el]));
        for (const el of a[key]) expect(byId.get(el.id), `${a.id} -> ${b.id}: ${el.id}`).toStrictEqual(el);
        const entering = at0[key].filter((el) => !a[key].some((x) => x.id === el.id));
        for (const el of entering) expect(el.opacity, `${a.id} -> ${b.id}: ${el.id}`).toBe(0);
      }
    }
  });

  it('interpolateScene(a, b) at t=1 is b, for every pair of scenes', () => {
    for (const [a, b] of pairs) expect(interpolateScene(a, b)(1), `${a.id} -> ${b.id}`).toStrictEqual(frameOf(b));
  });

  it('clamps t to [0, 1]', () => {
    const between = interpolateScene(getScene('layers'), getScene('thinning'));
    expect(between(-2)).toStrictEqual(between(0));
    expect(between(7)).toStrictEqual(between(1));
    expect(between(Number.NaN)).toStrictEqual(between(0));
  });

  it('moves and resizes kept nodes smoothly', () => {
    const at = interpolateScene(frame(plain('a')), frame(plain('a', { box: { x: 30, y: 40, w: 200, h: 70 } })));
    expect(node(at(0.5), 'a')!.box).toEqual({ x: 20, y: 30, w: 150, h: 60 });
  });

  it('entering nodes fade in at their target box and never pop', () => {
    const at = interpolateScene(frame(), frame(plain('new', { opacity: 0.8 })));
    let last = 0;
    for (let t = 0; t <= 1.0001; t += 0.05) {
      const n = node(at(t), 'new')!;
      expect(n.box).toEqual(box);
      expect(n.opacity).toBeGreaterThanOrEqual(last);
      expect(n.opacity - last).toBeLessThanOrEqual(0.05 * 0.8 + 1e-9);
      last = n.opacity;
    }
    expect(last).toBeCloseTo(0.8);
  });

  it('leaving nodes fade out in place', () => {
    const at = interpolateScene(frame(plain('old')), frame());
    expect(node(at(0.25), 'old')).toMatchObject({ box, opacity: 0.75 });
    expect(node(at(0.99), 'old')!.opacity).toBeCloseTo(0.01);
    expect(node(at(1), 'old')).toBeUndefined();
  });

  it('switches labels halfway', () => {
    const at = interpolateScene(frame(plain('a', { label: 'Before' })), frame(plain('a', { label: 'After' })));
    expect(node(at(0.49), 'a')!.label).toBe('Before');
    expect(node(at(0.5), 'a')!.label).toBe('After');
  });

  it('blends tones instead of switching them', () => {
    const at = interpolateScene(frame(plain('a')), frame(plain('a', { tone: 'accent' })));
    expect(node(at(0.25), 'a')).toMatchObject({ tone: 'base', toneMix: { base: 0.75, accent: 0.25 } });
    expect(node(at(0.75), 'a')).toMatchObject({ tone: 'accent', toneMix: { base: 0.25, accent: 0.75 } });
    expect(node(at(1), 'a')).not.toHaveProperty('toneMix');
  });

  it('keeps b’s order, then appends the leaving elements', () => {
    const at = interpolateScene(frame(plain('x'), plain('a'), plain('b')), frame(plain('b'), plain('c'), plain('a')));
    expect(at(0.5).nodes.map((n) => n.id)).toEqual(['b', 'c', 'a', 'x']);
  });

  it('continues an interrupted morph from the frame on screen, without a jump', () => {
    const [a, b, c] = [getScene('platform-full'), getScene('hema-assembles'), getScene('fragmented')];
    const halfway = interpolateScene(a, b)(0.4);
    const onward = interpolateScene(halfway, c);
    const start = onward(0);
    for (const key of ['bands', 'nodes', 'edges', 'annotations'] as const) {
      const shown = start[key].filter((el) => halfway[key].some((h) => h.id === el.id));
      expect(new Map(shown.map((el) => [el.id, el]))).toStrictEqual(new Map(halfway[key].map((el) => [el.id, el])));
    }
    expect(onward(1)).toStrictEqual(frameOf(c));
  });

  it('never lets two frames share an object', () => {
    const at = interpolateScene(frame(plain('a')), frame(plain('a', { box: { x: 0, y: 0, w: 10, h: 10 } })));
    const first = at(0.2);
    const copy = structuredClone(first);
    at(0.8);
    expect(first).toStrictEqual(copy);
  });

  it('hands an element the morph leaves unchanged on as the same object, every frame', () => {
    const still = plain('still');
    const at = interpolateScene(
      frame(still, plain('moving')),
      frame({ ...still }, plain('moving', { box: { x: 0, y: 0, w: 10, h: 10 } })),
    );
    const [early, late] = [at(0.2), at(0.8)];
    expect(node(early, 'still')).toBe(node(late, 'still'));
    expect(node(early, 'moving')).not.toBe(node(late, 'moving'));
  });

  it('gives valid frames between any two scenes, in either direction', () => {
    for (const [a, b] of pairs) {
      const between = interpolateScene(a, b);
      for (const t of [0.1, 0.5, 0.9]) {
        const f = between(t);
        expect(frameProblems(f), `${a.id} -> ${b.id} at ${t}`).toEqual([]);
        expect(JSON.stringify(f)).not.toMatch(/null|NaN/);
      }
    }
  });
});
