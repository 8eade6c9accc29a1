import { describe, expect, it } from 'vitest';
import { edgePath, routeEdges } from '@/lib/scene/edges';
import { interpolateScene } from '@/lib/scene/interpolate';
import { getScene } from '@/content/scenes';
import type { Box, SceneFrame, SceneNode } from '@/lib/scene/types';

const at = (id: string, box: Box, opacity = 1): SceneNode => ({
  id,
  kind: 'capability',
  label: id,
  layer: 'middle',
  box,
  tone: 'base',
  opacity,
});
const edge = (from: string, to: string, opacity = 1) => ({
  id: `${from}->${to}`,
  from,
  to,
  tone: 'base' as const,
  opacity,
});
const frameWith = (nodes: SceneNode[], edges: ReturnType<typeof edge>[]): SceneFrame => ({
  bands: [],
  nodes,
  edges,
  annotations: [],
});

describe('edges', () => {
  it('edges follow their nodes: every line starts on its source’s bottom and ends on its target’s top', () => {
    const between = interpolateScene(getScene('hema-assembles'), getScene('fragmented'));
    for (const t of [0, 0.3, 0.7, 1]) {
      const f = between(t);
      for (const route of routeEdges(f)) {
        const from = f.nodes.find((n) => n.id === route.edge.from)!.box;
        const to = f.nodes.find((n) => n.id === route.edge.to)!.box;
        expect(route.start[1]).toBeCloseTo(from.y + from.h);
        expect(route.start[0]).toBeGreaterThan(from.x);
        expect(route.start[0]).toBeLessThan(from.x + from.w);
        expect(route.end[1]).toBeCloseTo(to.y);
        expect(route.end[0]).toBeGreaterThan(to.x);
        expect(route.end[0]).toBeLessThan(to.x + to.w);
        expect(route.d.startsWith(`M${Math.round(route.start[0] * 100) / 100},`)).toBe(true);
      }
    }
  });

  it('lines leaving one box fan out in the order of their targets', () => {
    const f = frameWith(
      [
        at('top', { x: 100, y: 0, w: 100, h: 40 }),
        at('left', { x: 0, y: 100, w: 60, h: 40 }),
        at('right', { x: 240, y: 100, w: 60, h: 40 }),
      ],
      [edge('top', 'right'), edge('top', 'left')],
    );
    const [toRight, toLeft] = routeEdges(f);
    expect(toLeft!.start[0]).toBeLessThan(toRight!.start[0]);
  });

  it('a line fading in makes room for itself gradually', () => {
    const nodes = [
      at('top', { x: 100, y: 0, w: 100, h: 40 }),
      at('a', { x: 0, y: 100, w: 60, h: 40 }),
      at('b', { x: 240, y: 100, w: 60, h: 40 }),
    ];
    const alone = routeEdges(frameWith(nodes, [edge('top', 'a')]))[0]!;
    const faint = routeEdges(frameWith(nodes, [edge('top', 'a'), edge('top', 'b', 0.001)]))[0]!;
    expect(faint.start[0]).toBeCloseTo(alone.start[0], 1);
  });

  it('a long drop bends first and then falls straight', () => {
    expect(edgePath([0, 0], [50, 200], 'bottom')).toMatch(/C.*L50,200$/);
    expect(edgePath([0, 0], [50, 40], 'bottom')).not.toContain('L');
  });

  it('skips edges whose nodes are not in the frame, and fades lines with their nodes', () => {
    const f = frameWith(
      [at('a', { x: 0, y: 0, w: 50, h: 20 }), at('b', { x: 0, y: 80, w: 50, h: 20 }, 0.5)],
      [edge('a', 'b'), edge('a', 'gone')],
    );
    const routes = routeEdges(f);
    expect(routes.map((r) => r.edge.id)).toEqual(['a->b']);
    expect(routes[0]!.opacity).toBe(0.5);
  });
});
