import type { Shape } from '@/lib/scene/compose';
import { row, shift, underGaps, type Boxes } from '@/lib/scene/layout';
import { bandBox, MARGIN, RIGHT, rowBox, TALL } from './grid';

/** Inside a full-width band: a band's padding on each side. */
const INNER = { x0: MARGIN + 16, x1: RIGHT - 16 };

function frontRow(fronts: readonly string[], y = TALL.frontRow.y, h = TALL.frontRow.h): Boxes {
  return row(fronts, { ...INNER, y, h, gap: 16, maxW: 132 });
}

const infra = (): Boxes => ({ infra: rowBox(INNER.x0, INNER.x1, TALL.backRow) });

/**
 * The 2015 shape across the whole width: a thin row of front ends; a tall middle band whose
 * capabilities are laid in brick bond (the second row sits under the first row's gaps, so lines
 * from above can reach it); the unified technical architecture under them all; infrastructure.
 */
export function wideShape(fronts: readonly string[]): Shape {
  const [r1, r2, r3] = TALL.rows as [(typeof TALL.rows)[0], (typeof TALL.rows)[0], (typeof TALL.rows)[0]];
  const first = row(['product', 'inventory', 'user', 'payment'], { ...INNER, ...r1, gap: 24 });
  const second = underGaps(Object.values(first), ['ai', 'data', 'security'], r2.y, r2.h, first.product!.w);
  return {
    bands: {
      front: bandBox(MARGIN, RIGHT, TALL.front),
      middle: bandBox(MARGIN, RIGHT, TALL.middle),
      back: bandBox(MARGIN, RIGHT, TALL.back),
    },
    nodes: {
      ...frontRow(fronts),
      ...first,
      ...second,
      'tech-arch': rowBox(INNER.x0, INNER.x1, r3),
      ...infra(),
    },
  };
}

/**
 * The 2015 shape with its middle band cracked like a brick wall: each row splits at a gap between
 * two boxes, at a different place per row, and the pieces pull apart. Boxes keep their size and
 * barely move, so the crack can be scrubbed in place.
 */
export function crackedShape(fronts: readonly string[]): Shape {
  const whole = wideShape(fronts);
  const pieces = [
    { id: 'middle', members: ['product', 'inventory'], row: 0, side: 'left', dx: -8 },
    { id: 'middle-2', members: ['user', 'payment'], row: 0, side: 'right', dx: 8 },
    { id: 'middle-3', members: ['ai'], row: 1, side: 'left', dx: -10 },
    { id: 'middle-4', members: ['data', 'security'], row: 1, side: 'right', dx: 6 },
    { id: 'middle-5', members: ['tech-arch'], row: 2, side: 'whole', dx: -3 },
  ] as const;
  const cracks = [
    (whole.nodes.inventory!.x + whole.nodes.inventory!.w + whole.nodes.user!.x) / 2,
    (whole.nodes.ai!.x + whole.nodes.ai!.w + whole.nodes.data!.x) / 2,
  ];
  const bands: Boxes = { front: whole.bands.front! };
  let nodes: Boxes = frontRow(fronts);
  for (const piece of pieces) {
    const dy = 8 * piece.row;
    const moved = shift(Object.fromEntries(piece.members.map((m) => [m, whole.nodes[m]!])), piece.dx, dy);
    const { y, h } = Object.values(moved)[0]!;
    const crack = cracks[piece.row] ?? RIGHT;
    const [x0, x1] =
      piece.side === 'left' ? [MARGIN, crack - 4] : piece.side === 'right' ? [crack + 4, RIGHT] : [MARGIN, RIGHT];
    bands[piece.id] = { x: x0 + piece.dx, y: y - 10, w: x1 - x0, h: h + 20 };
    nodes = { ...nodes, ...moved };
  }
  bands.back = whole.bands.back!;
  return { bands, nodes: { ...nodes, ...infra() } };
}

/** Where the thin middle band sits once the front band has grown. */
const THIN = { band: { y: 214, h: 86 }, row: { y: 230, h: 52 } };

/**
 * Thinning: the front band grows to hold a second row, the business-specific modules that moved
 * up; the middle band shrinks to one row, its generic core.
 */
export function thinningShape(fronts: readonly string[], movedUp: readonly string[], core: readonly string[]): Shape {
  return {
    bands: {
      front: bandBox(MARGIN, RIGHT, { y: 14, h: 180 }),
      middle: bandBox(MARGIN, RIGHT, THIN.band),
      back: bandBox(MARGIN, RIGHT, TALL.back),
    },
    nodes: {
      ...frontRow(fronts, 30, 72),
      ...row(movedUp, { ...INNER, y: 120, h: 52, gap: 16, maxW: 132 }),
      ...row(core, { ...INNER, ...THIN.row, gap: 16 }),
      ...infra(),
    },
    labels: { 'tech-arch': 'Tech\narch' },
  };
}

/**
 * Fragmented: tall front ends that now carry their own logic; the thin middle band broken into
 * pieces of one or two capabilities each.
 */
export function fragmentedShape(fronts: readonly string[], pieces: ReadonlyArray<readonly string[]>): Shape {
  const ids = ['middle', 'middle-2', 'middle-3'].slice(0, pieces.length);
  const widths = pieces.map((p) => p.length * 100 + (p.length - 1) * 10 + 20);
  const gap = (RIGHT - MARGIN - widths.reduce((a, b) => a + b, 0)) / (pieces.length - 1);
  const bands: Boxes = { front: bandBox(MARGIN, RIGHT, { y: 14, h: 180 }) };
  let nodes: Boxes = frontRow(fronts, 30, 148);
  let x = MARGIN;
  pieces.forEach((members, i) => {
    const w = widths[i]!;
    bands[ids[i]!] = { x, y: THIN.band.y, w, h: THIN.band.h };
    nodes = { ...nodes, ...row(members, { x0: x + 10, x1: x + w - 10, ...THIN.row, gap: 10 }) };
    x += w + gap;
  });
  bands.back = bandBox(MARGIN, RIGHT, TALL.back);
  return { bands, nodes: { ...nodes, ...infra() }, labels: { 'tech-arch': 'Tech\narch' } };
}
