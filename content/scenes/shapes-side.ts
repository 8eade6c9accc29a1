import type { Shape } from '@/lib/scene/compose';
import { column, row, span, type Boxes } from '@/lib/scene/layout';
import type { Box } from '@/lib/scene/types';
import { bandBox, fourRows, MARGIN, RIGHT, rowBox, TALL, type Rows } from './grid';

/** The platform drawn at the left, leaving a column at the right for something beside it. */
export const SIDE = { x0: MARGIN, x1: 442, column: { x0: 456, x1: RIGHT } } as const;

/** The platform narrowed to the left to make room: three capabilities a row. */
export function sideShape(fronts: readonly string[], grid: Rows = TALL, x1: number = SIDE.x1): Shape {
  const inner = { x0: MARGIN + 12, x1: x1 - 12 };
  const [r1, r2, r3] = grid.rows as [Rows['rows'][0], Rows['rows'][0], Rows['rows'][0]];
  const first = row(['product', 'inventory', 'user'], { ...inner, ...r1 });
  const second = row(['payment', 'ai', 'data'], { ...inner, ...r2 });
  const third = row(['security', 'a', 'b'], { ...inner, ...r3 });
  return {
    bands: {
      front: bandBox(MARGIN, x1, grid.front),
      middle: bandBox(MARGIN, x1, grid.middle),
      back: bandBox(MARGIN, x1, grid.back),
    },
    nodes: {
      ...row(fronts, { ...inner, ...grid.frontRow, gap: 10, maxW: 120 }),
      ...first,
      ...second,
      security: third.security!,
      'tech-arch': span(third.a!, third.b!),
      infra: rowBox(inner.x0, inner.x1, grid.backRow),
    },
    labels: {
      'tech-arch': 'Tech architecture',
      ...(r2.h < 48 ? { data: 'Data' } : {}),
    },
  };
}

/**
 * The platform drawn narrow: two capabilities a row, short labels. `prefix` gives a second copy
 * its own ids (`then-`), so two platforms can stand side by side.
 */
export function narrowShape(fronts: readonly string[], x0: number, x1: number, grid: Rows, prefix = ''): Shape {
  const id = (name: string) => `${prefix}${name}`;
  const inner = { x0: x0 + 10, x1: x1 - 10 };
  const pairs = [
    ['product', 'inventory'],
    ['user', 'payment'],
    ['ai', 'data'],
    ['security', 'tech-arch'],
  ];
  const rows = fourRows(grid);
  const nodes: Boxes = row(fronts.map(id), { ...inner, ...grid.frontRow, gap: 8, maxW: 120 });
  pairs.forEach((pair, i) => Object.assign(nodes, row(pair.map(id), { ...inner, ...rows[i]!, gap: 10 })));
  nodes[id('infra')] = rowBox(inner.x0, inner.x1, grid.backRow);
  return {
    bands: {
      [id('front')]: bandBox(x0, x1, grid.front),
      [id('middle')]: bandBox(x0, x1, grid.middle),
      [id('back')]: bandBox(x0, x1, grid.back),
    },
    nodes,
    labels: { [id('data')]: 'Data', [id('tech-arch')]: 'Tech arch' },
  };
}

/**
 * An independent organisation: a frame from the top of the front band to the bottom of the back
 * band, with its front end in the front row and its own parts level with the platform's rows.
 */
export function stackShape(frame: string, front: string, parts: readonly string[], x0: number, x1: number): Shape {
  const w = x1 - x0 - 16;
  const x = x0 + 8;
  const levels = [...TALL.rows, TALL.backRow];
  const at = parts.length === 4 ? levels : [levels[0]!, levels[1]!, levels[3]!];
  const nodes: Boxes = { [front]: { x, ...TALL.frontRow, w } };
  parts.forEach((part, i) => {
    nodes[part] = { x, y: at[i]!.y, w, h: Math.min(at[i]!.h, 46) };
  });
  return {
    bands: { [frame]: { x: x0, y: TALL.front.y, w: x1 - x0, h: TALL.back.y + TALL.back.h - TALL.front.y } },
    nodes,
  };
}

/** The Five New as a column of tags beside the platform, in a frame as tall as the top two bands. */
export function fiveNewShape(ids: readonly string[]): Shape {
  const { x0, x1 } = SIDE.column;
  const bottom = TALL.middle.y + TALL.middle.h;
  return {
    bands: { 'five-new': { x: x0, y: TALL.front.y, w: x1 - x0, h: bottom - TALL.front.y } },
    nodes: column(ids, { y0: 32, y1: bottom - 14, x: x0 + 8, w: x1 - x0 - 16, gap: 10 }),
  };
}

/** Ids of one small copy of the shape: its three bands and its tiny, unlabelled boxes. */
export function peerIds(i: number) {
  return {
    bands: [`peer-${i}-front`, `peer-${i}-middle`, `peer-${i}-back`],
    fronts: [1, 2, 3].map((j) => `peer-${i}-f${j}`),
    parts: [1, 2, 3, 4, 5, 6].map((j) => `peer-${i}-m${j}`),
    base: `peer-${i}-b`,
  };
}

/** Three small copies of the same shape, stacked in the side column: thin front, tall middle. */
export function peersShape(): Shape {
  const { x0, x1 } = SIDE.column;
  const w = 120;
  const x = (x0 + x1) / 2 - w / 2;
  const inner = { x0: x + 8, x1: x + w - 8 };
  const bands: Record<string, Box> = {};
  let nodes: Boxes = {};
  [1, 2, 3].forEach((i) => {
    const ids = peerIds(i);
    const y = 44 + (i - 1) * 128;
    const [front, middle, back] = ids.bands as [string, string, string];
    bands[front] = { x, y, w, h: 22 };
    bands[middle] = { x, y: y + 28, w, h: 56 };
    bands[back] = { x, y: y + 90, w, h: 18 };
    nodes = {
      ...nodes,
      ...row(ids.fronts, { ...inner, y: y + 5, h: 12, gap: 6, maxW: 26 }),
      ...row(ids.parts.slice(0, 3), { ...inner, y: y + 35, h: 18, gap: 6 }),
      ...row(ids.parts.slice(3), { ...inner, y: y + 59, h: 18, gap: 6 }),
      [ids.base]: { x: inner.x0, y: y + 95, w: inner.x1 - inner.x0, h: 8 },
    };
  });
  return { bands, nodes };
}

/**
 * A new stack that cuts through every layer: a frame taller than the bands, drawn over them, with
 * a new box level with each layer.
 */
export function newStackShape(grid: Rows, x0: number, x1: number): Shape {
  const x = x0 + 8;
  const w = x1 - x0 - 16;
  const mid = grid.middle.y + grid.middle.h / 2 - 24;
  return {
    bands: {
      'new-stack': { x: x0, y: grid.front.y - 8, w: x1 - x0, h: grid.back.y + grid.back.h + 8 - (grid.front.y - 8) },
    },
    nodes: {
      'new-front': { x, ...grid.frontRow, w },
      'new-middle': { x, y: mid, w, h: 48 },
      'new-back': { x, ...grid.backRow, w },
    },
  };
}

/** Several shapes drawn together (bands in the order given). */
export function together(...shapes: Shape[]): Shape {
  return {
    bands: Object.assign({}, ...shapes.map((s) => s.bands)),
    nodes: Object.assign({}, ...shapes.map((s) => s.nodes)),
    labels: Object.assign({}, ...shapes.map((s) => s.labels ?? {})),
  };
}
