import { describe, expect, it } from 'vitest';
import { routeEdges, type EdgeRoute } from '@/lib/scene/edges';
import { allScenesIn } from '@/content/scenes/in-lang';
import { LANGS } from '@/lib/i18n/lang';
import type { SceneFrame } from '@/lib/scene/types';
import { routeProblems } from './route-check';
import { ENGLISH, evaluate } from './evaluate-in-english';
import { explorableFrame } from '@/lib/explorable/frame';
import { CAPABILITY_IDS, PLATFORM_SHAPES, PRESET_IDS, preset } from '@/lib/explorable/model';

describe.each(LANGS)('every line in %s is routed clear of words and boxes', (lang) => {
  for (const scene of allScenesIn(lang)) {
    for (const [layout, frame] of [
      ['wide', scene],
      ['narrow', scene.narrow],
    ] as Array<[string, SceneFrame]>) {
      it(`${scene.id} (${layout}): no line crosses a text box or runs under a box, and every line ends on ports`, () => {
        expect(routeProblems(frame, routeEdges(frame))).toEqual([]);
      });
    }
  }
});

describe('every line the explorable draws is routed clear of words and boxes', () => {
  const cases = PLATFORM_SHAPES.flatMap((shape) => [
    ...PRESET_IDS.map((id) => ({ name: `${id} on ${shape}`, needs: preset(id).needs, shape })),
    { name: `every need on ${shape}`, needs: CAPABILITY_IDS, shape },
  ]);
  it.each(cases)('$name, wide and narrow', ({ needs, shape }) => {
    for (const layout of ['wide', 'narrow'] as const) {
      const frame = explorableFrame(evaluate(needs, shape), ENGLISH, layout);
      expect(routeProblems(frame, routeEdges(frame)), layout).toEqual([]);
    }
  });
});

/** Two boxes, one above the other, in a band whose label sits between them. */
const fixture: SceneFrame = {
  bands: [
    {
      id: 'middle',
      layer: 'middle',
      label: 'Middle platform',
      box: { x: 0, y: 60, w: 300, h: 140 },
      tone: 'base',
      opacity: 1,
    },
  ],
  nodes: [
    {
      id: 'a',
      kind: 'frontend',
      label: 'A',
      layer: 'front',
      box: { x: 10, y: 0, w: 120, h: 40 },
      tone: 'base',
      opacity: 1,
    },
    {
      id: 'wall',
      kind: 'capability',
      label: 'Wall',
      layer: 'middle',
      box: { x: 10, y: 90, w: 200, h: 40 },
      tone: 'base',
      opacity: 1,
    },
    {
      id: 'b',
      kind: 'capability',
      label: 'B',
      layer: 'middle',
      box: { x: 10, y: 150, w: 120, h: 40 },
      tone: 'base',
      opacity: 1,
    },
  ],
  edges: [{ id: 'a->b', from: 'a', to: 'b', tone: 'base', opacity: 1 }],
  annotations: [{ id: 'note', text: 'a note', x: 290, y: 80, anchor: 'end', tone: 'accent', opacity: 1 }],
};
const straight = (points: EdgeRoute['points']): EdgeRoute[] => [
  { edge: fixture.edges[0]!, opacity: 1, start: points[0]!, end: points[points.length - 1]!, points, d: '' },
];

describe('the route check', () => {
  it('catches a line through a band label', () => {
    expect(
      routeProblems(
        fixture,
        straight([
          [40, 40],
          [40, 90],
        ]),
      ),
    ).toContain('a->b crosses band:middle');
  });

  it('catches a line under a box', () => {
    expect(
      routeProblems(
        fixture,
        straight([
          [100, 40],
          [100, 150],
        ]),
      ),
    ).toContain('a->b runs under wall');
  });

  it('catches a line through a note', () => {
    const through = straight([
      [120, 40],
      [120, 50],
      [280, 50],
      [280, 170],
      [130, 170],
    ]);
    expect(routeProblems(fixture, through)).toContain('a->b crosses note:note');
  });

  it('catches a line that does not end on the edge of its box', () => {
    const problems = routeProblems(
      fixture,
      straight([
        [120, 40],
        [250, 40],
        [250, 170],
        [125, 170],
      ]),
    );
    expect(problems).toContain('a->b does not end on a port of b');
  });

  it('passes the router’s own line round the same label, note and box', () => {
    const routes = routeEdges(fixture);
    expect(routes[0]!.points.length).toBeGreaterThan(2);
    expect(routeProblems(fixture, routes)).toEqual([]);
  });
});
