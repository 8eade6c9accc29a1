/**
 * The explorable picture's building blocks: its grid, and nodes and bands in the chapters'
 * vocabulary. The regions that use them are in `frame.ts`.
 */
import { LABEL, labelFits, row } from '@/lib/scene/layout';
import { wrapLabel } from '@/lib/scene/wrap-label';
import type { Band, Box, SceneEdge, SceneFrame, SceneNode, Tone } from '@/lib/scene/types';

/**
 * The phone's drawing: 400 units wide (so its labels are read at 12 px or more on a 360 px
 * screen), the stack alone at full width; what must be built anew is said above it in words.
 */
export const NARROW = { width: 400, stack: { x0: 6, x1: 394 } } as const;

/** The picture's grid, in the wide drawing's units (640 × 440; the key sits below 416). */
export const GRID = {
  width: 640,
  /** The business's stack: its front end, the platform, the back end. */
  stack: { x0: 16, x1: 424 },
  /** The column of what it must build anew. */
  anew: { x0: 440, x1: 624 },
  top: 10,
  bottom: 412,
  pad: 8,
  /** Room for a band's label above its first row of boxes. */
  labelRow: 26,
  /** Tall enough for a label on two lines. */
  rowH: 48,
  gap: 6,
  bandGap: 6,
  /** The back end's label sits left of its one box, not above it. */
  backLabelW: 104,
  perRow: 3,
} as const;

/** Where a region starts and how wide it is. */
export interface Span {
  x0: number;
  x1: number;
}

/** A region's share of the picture and the y at which the next region may start. */
export interface Region {
  bands: Band[];
  nodes: SceneNode[];
  edges?: SceneEdge[];
  bottom: number;
}

/** The parts of a frame, gathered from its regions. */
export function gather(regions: readonly Region[], edges: readonly SceneEdge[]): SceneFrame {
  return {
    bands: regions.flatMap((r) => r.bands),
    nodes: regions.flatMap((r) => r.nodes),
    edges: [...edges],
    annotations: [],
  };
}

/** A label on one line if it fits the box, else wrapped to its width (at spaces, or between CJK characters). */
function fitLabel(label: string, box: Box): string {
  return labelFits(label, box) ? label : wrapLabel(label, box.w - 2 * LABEL.padX, LABEL.fontSize);
}

/** Rows of at most `GRID.perRow` boxes from `y` across `span`; returns the boxes and the bottom edge. */
export function grid(ids: readonly string[], span: Span, y: number): { boxes: Record<string, Box>; bottom: number } {
  const boxes: Record<string, Box> = {};
  let top = y;
  for (let i = 0; i < ids.length; i += GRID.perRow) {
    const slice = ids.slice(i, i + GRID.perRow);
    const x0 = span.x0 + GRID.pad;
    const x1 = span.x1 - GRID.pad;
    Object.assign(boxes, row(slice, { x0, x1, y: top, h: GRID.rowH, gap: 8, maxW: 150 }));
    top += GRID.rowH + GRID.gap;
  }
  return { boxes, bottom: Math.max(y + GRID.rowH, top - GRID.gap) };
}

export function node(
  id: string,
  label: string,
  layer: SceneNode['layer'],
  box: Box,
  tone: Tone,
  opacity = 1,
): SceneNode {
  const kind = layer === 'front' ? 'frontend' : layer === 'back' ? 'infrastructure' : 'capability';
  return { id, kind, label: fitLabel(label, box), layer, box, tone, opacity };
}

export function band(
  id: string,
  layer: Band['layer'],
  label: string,
  box: Box,
  tone: Tone = 'base',
  opacity = 1,
): Band {
  return { id, layer, label, box, tone, opacity };
}
