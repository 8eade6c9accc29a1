import type { Shape } from '@/lib/scene/compose';
import { row, span, type Boxes } from '@/lib/scene/layout';
import type { Box } from '@/lib/scene/types';
import { MOVED_UP } from '@/lib/platform';
import { bracket, columns, strip, type Geo, type Level } from './kit';

/** Padding of a broken piece of the middle band around its boxes. */
const PIECE_PAD = 5;

const at = (col: Box, level: Level): Box => ({ x: col.x, y: level.y, w: col.w, h: level.h });
const wide = (a: Box, b: Box, level: Level) => span(at(a, level), at(b, level));
const moved = (boxes: Boxes, dx: number, dy = 0): Boxes =>
  Object.fromEntries(Object.entries(boxes).map(([id, b]) => [id, { ...b, x: b.x + dx, y: b.y + dy }]));
const around = (boxes: Box[], top?: number): Box => {
  const s = span(...boxes);
  const y = top ?? s.y - PIECE_PAD;
  return { x: s.x - PIECE_PAD, y, w: s.w + 2 * PIECE_PAD, h: s.y + s.h + PIECE_PAD - y };
};

/** The middle band's height when it keeps two of its three rows (the generic core). */
export function thinHeight(g: Geo): number {
  const bottomPad = g.middle.y + g.middle.h - (g.rows[2].y + g.rows[2].h);
  return strip(g) + 2 * g.rows[0].h + g.rowGap + bottomPad;
}

/**
 * Thinning: business-specific modules leave the middle band for a second row in a taller front
 * band; the middle keeps two rows of generic services and its bracket shrinks to match.
 */
export function thinShape(g: Geo, fronts: readonly string[]): Shape {
  const [c1, c2, c3] = columns(g);
  const h = thinHeight(g);
  const my = g.back.y - g.bandGap - h;
  const frontBottom = my - g.bandGap;
  const rowH = g.rows[0].h;
  const frontPad = g.front.y + g.front.h - (g.frontRow.y + g.frontRow.h);
  const up = { y: frontBottom - frontPad - rowH, h: rowH };
  const a = { y: my + strip(g), h: rowH };
  const b = { y: a.y + rowH + g.rowGap, h: rowH };
  const middle = { y: my, h };
  const [m1, m2, m3] = MOVED_UP;
  return {
    bands: {
      front: { x: g.x0, y: g.front.y, w: g.x1 - g.x0, h: frontBottom - g.front.y },
      middle: { x: g.x0, ...middle, w: g.x1 - g.x0 },
      back: { x: g.x0, ...g.back, w: g.x1 - g.x0 },
    },
    nodes: {
      ...row(fronts, { x0: g.x0 + g.pad, x1: g.x1 - g.pad, ...g.frontRow, gap: g.gap, maxW: g.frontW }),
      [m1]: at(c1, up),
      [m2]: at(c2, up),
      [m3]: at(c3, up),
      user: at(c1, a),
      payment: at(c2, a),
      data: at(c3, a),
      security: at(c1, b),
      'tech-arch': wide(c2, c3, b),
      infra: { x: g.infraX0, ...g.backRow, w: g.x1 - g.pad - g.infraX0 },
      depth: bracket(g, middle),
    },
    labels: g.labels,
  };
}

/**
 * Fragmented: front ends as tall as the grown front band, and the thin core broken into three
 * pieces pulled apart: user and security; payment and data sharing; the technical architecture.
 */
/** The crack between the fragmented core's two rows. */
const FRAGMENT_CRACK = 20;

/** Where the fragmented core's pieces begin: its top, for a note beside it. */
export const fragmentTop = (g: Geo) => g.back.y - g.bandGap - (strip(g) + 2 * g.rows[0].h + FRAGMENT_CRACK + PIECE_PAD);

export function fragmentShape(g: Geo, fronts: readonly string[]): Shape {
  const [c1, c2, c3] = columns(g);
  const rowH = g.rows[0].h;
  const crack = FRAGMENT_CRACK;
  const top = fragmentTop(g);
  const a = { y: top + strip(g), h: rowH };
  const b = { y: a.y + rowH + crack, h: rowH };
  const left = moved({ user: at(c1, a), security: at(c1, b) }, -6);
  const right = moved({ payment: at(c2, a), data: at(c3, a) }, 6);
  const base = moved({ 'tech-arch': wide(c2, c3, b) }, 6);
  const frontBottom = top - g.bandGap;
  const frontPad = g.front.y + g.front.h - (g.frontRow.y + g.frontRow.h);
  return {
    bands: {
      front: { x: g.x0, y: g.front.y, w: g.x1 - g.x0, h: frontBottom - g.front.y },
      middle: around(Object.values(right), top),
      'middle-2': around(Object.values(left)),
      'middle-3': around(Object.values(base)),
      back: { x: g.x0, ...g.back, w: g.x1 - g.x0 },
    },
    nodes: {
      ...row(fronts, {
        x0: g.x0 + g.pad,
        x1: g.x1 - g.pad,
        y: g.frontRow.y,
        h: frontBottom - frontPad - g.frontRow.y,
        gap: g.gap,
        maxW: g.frontW,
      }),
      ...left,
      ...right,
      ...base,
      infra: { x: g.infraX0, ...g.backRow, w: g.x1 - g.pad - g.infraX0 },
      depth: bracket(g, { y: top, h: b.y + rowH + PIECE_PAD - top }),
    },
    labels: g.labels,
  };
}

/** How the 2015 platform cracks, in viewBox units. */
const CRACKED = {
  /** How far the cracked band's top sinks below the 2015 middle band's: it measures less. */
  sink: { wide: 20, narrow: 10 },
  /** The gap between the first two rows, nearly closed, and the crack above the third. */
  rowGap: 4,
  crack: 16,
  /**
   * How far each piece pulls sideways: the left column one way, the right two columns and the
   * base row under them the other, as one, so each stays level with its neighbours and inside
   * the outline of the 2015 band.
   */
  pull: { left: -4, right: 4, base: 4 },
} as const;

/**
 * The 2015 platform splitting and shrinking: its middle band breaks into three pieces that pull
 * apart, its rows close up, and its bracket measures less than before.
 */
/** Where the cracked middle's pieces begin: its top, for a note beside it. */
export const crackedTop = (g: Geo) => g.middle.y + CRACKED.sink[g.name];

export function crackedShape(g: Geo, fronts: readonly string[]): Shape {
  const [c1, c2, c3] = columns(g);
  const rowH = g.rows[0].h;
  const top = crackedTop(g);
  const r1 = { y: top + PIECE_PAD, h: rowH };
  const r2 = { y: r1.y + rowH + CRACKED.rowGap, h: rowH };
  const r3 = { y: r2.y + rowH + CRACKED.crack, h: rowH };
  const { pull } = CRACKED;
  const left = moved({ product: at(c1, r1), payment: at(c1, r2), security: at(c1, r3) }, pull.left);
  const right = moved({ inventory: at(c2, r1), user: at(c3, r1), ai: at(c2, r2), data: at(c3, r2) }, pull.right);
  const base = moved({ 'tech-arch': wide(c2, c3, r3) }, pull.base);
  const bottom = r3.y + rowH + PIECE_PAD;
  return {
    bands: {
      front: { x: g.x0, ...g.front, w: g.x1 - g.x0 },
      middle: around(Object.values(right)),
      'middle-2': around(Object.values(left)),
      'middle-3': around(Object.values(base)),
      back: { x: g.x0, ...g.back, w: g.x1 - g.x0 },
    },
    nodes: {
      ...row(fronts, { x0: g.x0 + g.pad, x1: g.x1 - g.pad, ...g.frontRow, gap: g.gap, maxW: g.frontW }),
      ...left,
      ...right,
      ...base,
      infra: { x: g.infraX0, ...g.backRow, w: g.x1 - g.pad - g.infraX0 },
      depth: bracket(g, { y: top, h: bottom - top }),
    },
    labels: { ...g.labels, middle: '' },
  };
}
