import { scaleBand } from 'd3-scale';
import { LABEL, labelSize } from './label';
import { VIEWBOX, type Box } from './types';

export { BAND_LABEL, LABEL, NOTE, POINT, labelSize } from './label';

export type Boxes = Record<string, Box>;

interface Slot {
  start: number;
  size: number;
}

/**
 * Splits [start, end] into one slot per id with a fixed gap between slots. Slots are at most
 * `maxSize` long; if that leaves room, the run of slots is centred.
 */
function slots(ids: readonly string[], start: number, end: number, gap: number, maxSize: number) {
  const n = ids.length;
  const size = Math.min(maxSize, (end - start - (n - 1) * gap) / n);
  const total = n * size + (n - 1) * gap;
  const from = start + (end - start - total) / 2;
  const scale = scaleBand<string>()
    .domain(ids)
    .range([from, from + total])
    .paddingInner(n > 1 ? gap / (size + gap) : 0);
  const out = new Map<string, Slot>();
  for (const id of ids) out.set(id, { start: scale(id) ?? from, size: scale.bandwidth() });
  return out;
}

export interface RowSpec {
  x0: number;
  x1: number;
  y: number;
  h: number;
  gap?: number;
  maxW?: number;
}

/** Boxes side by side in one row. */
export function row(ids: readonly string[], { x0, x1, y, h, gap = 12, maxW = Infinity }: RowSpec): Boxes {
  const out: Boxes = {};
  for (const [id, s] of slots(ids, x0, x1, gap, maxW)) out[id] = { x: s.start, y, w: s.size, h };
  return out;
}

export interface ColumnSpec {
  y0: number;
  y1: number;
  x: number;
  w: number;
  gap?: number;
  maxH?: number;
}

/** Boxes stacked in one column. */
export function column(ids: readonly string[], { y0, y1, x, w, gap = 12, maxH = Infinity }: ColumnSpec): Boxes {
  const out: Boxes = {};
  for (const [id, s] of slots(ids, y0, y1, gap, maxH)) out[id] = { x, y: s.start, w, h: s.size };
  return out;
}

/**
 * Boxes centred under the gaps of a row above (a brick bond), so that lines dropping from the
 * row's top pass between its boxes to reach them.
 */
export function underGaps(above: readonly Box[], ids: readonly string[], y: number, h: number, w: number): Boxes {
  const sorted = [...above].sort((a, b) => a.x - b.x);
  const out: Boxes = {};
  ids.forEach((id, i) => {
    const left = sorted[i];
    const right = sorted[i + 1];
    if (!left || !right) throw new Error(`underGaps: no gap for ${id}`);
    const cx = (left.x + left.w + right.x) / 2;
    out[id] = { x: cx - w / 2, y, w, h };
  });
  return out;
}

/** The box that spans several boxes (e.g. a node spanning two grid columns). */
export function span(...boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, w: x1 - x, h: y1 - y };
}

/** A box grown by `pad` on every side, or by [x, top, bottom]. */
export function grow(box: Box, pad: number | readonly [number, number, number]): Box {
  const [px, top, bottom] = typeof pad === 'number' ? [pad, pad, pad] : pad;
  return { x: box.x - px, y: box.y - top, w: box.w + 2 * px, h: box.h + top + bottom };
}

/** Whether a node label fits its box with the standard padding. Empty labels always fit. */
export function labelFits(label: string, box: Box, scale = 1): boolean {
  if (label === '') return true;
  const size = labelSize(label, LABEL.fontSize, scale);
  const e = 1e-6;
  return size.w + 2 * LABEL.padX * scale <= box.w + e && size.h + 2 * LABEL.padY * scale <= box.h + e;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.w <= outer.x + outer.w + e &&
    inner.y + inner.h <= outer.y + outer.h + e
  );
}

export const VIEWBOX_BOX: Box = { x: 0, y: 0, w: VIEWBOX.width, h: VIEWBOX.height };
