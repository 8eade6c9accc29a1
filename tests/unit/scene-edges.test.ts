import { describe, expect, it } from 'vitest';
import { routeEdges } from '@/lib/scene/edges';
import { roundedPath } from '@/lib/scene/route-path';
import { interpolateScene } from '@/lib/scene/interpolate';
import { getScene } from '@/content/scenes';
import type { Box, SceneFrame, SceneNode } from '@/lib/scene/types';
import { onPort } from './route-check';

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
const frameWith = (nodes: SceneNode[], edges: ReturnType<typeof edge>[], area?: Box): SceneFrame => ({
  bands: area ? [{ id: 'area', layer: 'frame', label: '', box: area, tone: 'base', opacity: 1 }] : [],
  nodes,
  edges,
  annotations: [],
});

describe('edges', () => {
  it('edges follow their nodes: in every frame of a morph each line starts and ends on its boxes’ edges', () => {
    const between = interpolateScene(getScene('hema-assembles'), getScene('fragmented'));
    for (const t of [0, 0.3, 0.7, 1]) {
      const f = between(t);
      const routes = routeEdges(f);
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const from = f.nodes.find((n) => n.id === route.edge.from)!.box;
        const to = f.nodes.find((n) => n.id === route.edge.to)!.box;
        expect(onPort(route.start, from, 0), `${route.edge.id} at ${t}`).toBe(true);
        expect(onPort(route.end, to, 0), `${route.edge.id} at ${t}`).toBe(true);
        expect(route.d.startsWith(`M${Math.round(route.start[0] * 100) / 100},`)).toBe(true);
        expect(route.d).not.toContain('NaN');
      }
    }
  });

  it('lines from one box leave it by one port and branch on the way, as a trunk', () => {
    const f = frameWith(
      [
        at('top', { x: 100, y: 0, w: 100, h: 40 }),
        at('left', { x: 0, y: 100, w: 80, h: 40 }),
        at('right', { x: 220, y: 100, w: 80, h: 40 }),
      ],
      [edge('top', 'right'), edge('top', 'left')],
      { x: 0, y: 0, w: 300, h: 150 },
    );
    const [toRight, toLeft] = routeEdges(f);
    expect(toLeft!.start).toEqual(toRight!.start);
    expect(toLeft!.end[0]).toBeLessThan(toRight!.end[0]);
  });

  it('a line goes around a box in its way, through the gap beside it', () => {
    const f = frameWith(
      [
        at('a', { x: 100, y: 0, w: 100, h: 40 }),
        at('wall', { x: 70, y: 70, w: 160, h: 40 }),
        at('b', { x: 100, y: 140, w: 100, h: 40 }),
      ],
      [edge('a', 'b')],
      { x: 0, y: 0, w: 300, h: 180 },
    );
    const [route] = routeEdges(f);
    const xs = route!.points.map((p) => p[0]);
    expect(Math.min(...xs) < 70 || Math.max(...xs) > 230).toBe(true);
  });

  it('a line fading in makes room for itself gradually', () => {
    // Both lines must cross over to the one gutter between the walls, along one channel: each in its lane.
    const nodes = [
      at('a', { x: 0, y: 0, w: 60, h: 40 }),
      at('b', { x: 80, y: 0, w: 60, h: 40 }),
      at('wall-1', { x: 0, y: 100, w: 60, h: 30 }),
      at('wall-2', { x: 80, y: 100, w: 60, h: 30 }),
      at('t', { x: 0, y: 200, w: 140, h: 40 }),
    ];
    const area = { x: 0, y: 0, w: 140, h: 240 };
    const channel = (edges: ReturnType<typeof edge>[]) => routeEdges(frameWith(nodes, edges, area))[0]!.points[1]![1];
    const alone = channel([edge('a', 't')]);
    expect(alone).toBeCloseTo(70);
    expect(channel([edge('a', 't'), edge('b', 't', 0.001)])).toBeCloseTo(alone, 1);
    expect(channel([edge('a', 't'), edge('b', 't', 0.5)])).toBeLessThan(alone - 0.5);
    expect(channel([edge('a', 't'), edge('b', 't')])).toBeCloseTo(alone - 1.75);
  });

  it('corners are rounded, never by more than half a segment', () => {
    expect(
      roundedPath(
        [
          [0, 0],
          [0, 40],
          [50, 40],
        ],
        6,
      ),
    ).toBe('M0,0L0,34Q0,40,6,40L50,40');
    expect(
      roundedPath(
        [
          [0, 0],
          [0, 4],
          [50, 4],
        ],
        6,
      ),
    ).toBe('M0,0L0,2Q0,4,2,4L50,4');
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
