/**
 * What routing the diagram's lines costs a morph: every frame of every morph between neighbouring
 * scenes (sixty frames each, wide and narrow) is routed as the renderer routes it, and the morphs
 * that cost most are printed in milliseconds per frame (the best of five runs, after a warm-up),
 * beside the whole story's mean. Run with `npm run bench:routes`.
 */
import { allScenes } from '@/content/scenes';
import { routeEdges } from '@/lib/scene/edges';
import { interpolateScene } from '@/lib/scene/interpolate';
import type { SceneFrame } from '@/lib/scene/types';

const FRAMES = 60;
const RUNS = 5;

const scenes = allScenes();
const morphs = (['wide', 'narrow'] as const).flatMap((layout) =>
  scenes.slice(1).map((to, i) => {
    const from = scenes[i]!;
    const pick = (s: (typeof scenes)[number]): SceneFrame => (layout === 'wide' ? s : s.narrow);
    const between = interpolateScene(pick(from), pick(to));
    return {
      name: `${layout} ${from.id} → ${to.id}`,
      frames: Array.from({ length: FRAMES }, (_, k) => between(k / (FRAMES - 1))),
    };
  }),
);

// Each run routes copies of the frames: the router keeps a frame's routes, and a morph's frames are new objects.
const route = (frames: SceneFrame[]) => frames.forEach((f) => routeEdges({ ...f }));
const results = morphs.map(({ name, frames }) => {
  route(frames);
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    route(frames);
    best = Math.min(best, (performance.now() - start) / frames.length);
  }
  return { name, ms: best };
});
results.sort((a, b) => b.ms - a.ms);
const mean = results.reduce((sum, r) => sum + r.ms, 0) / results.length;
console.log(`Routing lines: ${mean.toFixed(2)} ms per frame on average over ${results.length} morphs; the heaviest:`);
for (const r of results.slice(0, 5)) console.log(`  ${r.ms.toFixed(2)} ms  ${r.name}`);
