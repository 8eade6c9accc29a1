import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allScenes, getScene, isSceneId } from '@/content/scenes';
import { sceneRegistry } from '@/lib/scene/registry';
import { inSteps } from '@/lib/scene/steps';
import { validateScenes } from '@/lib/scene/validate';
import { seedFile } from './seed-file';

const seed = seedFile();
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const runs = (s: string, n: number) => {
  const w = words(s);
  return w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' '));
};

describe('scene data', () => {
  it('every scene module’s scenes are registered, each found by its own id', () => {
    expect(allScenes().length).toBeGreaterThanOrEqual(28);
    for (const scene of allScenes()) expect(getScene(scene.id)).toBe(scene);
  });

  it('sceneRegistry() refuses two scenes with one id, naming it', () => {
    const layers = getScene('layers');
    expect(() => sceneRegistry([layers, getScene('platform-full'), { ...layers }])).toThrow(
      /content\/scenes: scene "layers" is defined twice/,
    );
  });

  it('isSceneId accepts scene ids and nothing else', () => {
    expect(isSceneId('hema-assembles')).toBe(true);
    expect(isSceneId('platform-ful')).toBe(false);
    expect(isSceneId('')).toBe(false);
  });

  it('every scene is valid: unique ids, edges between its own nodes, and no two scenes alike', () => {
    expect(validateScenes(allScenes())).toEqual([]);
  });

  it('validateScenes() names a dangling edge, a repeated id and a twin scene', () => {
    const a = getScene('layers');
    const broken = {
      ...a,
      nodes: [...a.nodes, a.nodes[0]!],
      edges: [{ id: 'x->y', from: 'x', to: 'taobao', tone: 'base' as const, opacity: 1 }],
    };
    const twin = { ...a, id: 'thinning' as const };
    const problems = validateScenes([broken, a, twin]).join('\n');
    expect(problems).toMatch(/node id "taobao" is used twice/);
    expect(problems).toMatch(/starts at missing node "x"/);
    expect(problems).toMatch(/thinning draws the same picture as layers/);
  });

  it('every description is one plain sentence', () => {
    for (const scene of allScenes()) {
      expect(scene.description, scene.id).toMatch(/^[A-Z].*\.$/);
      expect(scene.description.slice(0, -1), scene.id).not.toMatch(/[.!?]\s/);
    }
  });

  it('every resting opacity is one the drawing draws exactly (it draws opacity in steps of 0.05)', () => {
    for (const scene of allScenes()) {
      for (const frame of [scene, scene.narrow]) {
        const elements = [...frame.bands, ...frame.nodes, ...frame.edges, ...frame.annotations];
        for (const el of elements) expect(inSteps(el.opacity), `${scene.id} ${el.id}`).toBe(el.opacity);
      }
    }
  });

  it('descriptions and titles invent no numbers', () => {
    for (const scene of allScenes()) {
      const numbers = `${scene.title} ${scene.description}`.match(/\d+/g) ?? [];
      for (const n of numbers) expect(['11', '2015'], scene.id).toContain(n);
    }
  });

  it('descriptions share no run of eight words with the source article', () => {
    const source = new Set(runs(readFileSync(seed, 'utf8'), 8));
    for (const scene of allScenes()) {
      const shared = runs(scene.description, 8).filter((r) => source.has(r));
      expect(shared, scene.id).toEqual([]);
    }
  });
});
