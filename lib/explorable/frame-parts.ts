/**
 * The explorable picture's building blocks: its grid, and nodes and bands in the chapters'
 * vocabulary. The regions that use them are in `frame.ts`.
 */
import { LABEL, labelFits } from '@/lib/scene/layout';
import { wrapLabel } from '@/lib/scene/wrap-label';
import type { Band, Box, SceneEdge, SceneFrame, SceneNode, Tone } from '@/lib/scene/types';

/**
 * The phone's drawing: 400 units wide (so its labels are read at 12 px or more on a 360 px
 * screen), the stack alone at full width; what must be built anew is said above it in words.
 */
export const NARROW = { width: 400, stack: { x0: 6, x1: 394, pad: 8, gap: 8 } } as const;

/**
 * The picture's grid, in the wide drawing's units (640 × 440; the key sits below 416), drawn
 * as the story draws its platform: every row on the same three columns, a short last row's last
 * box spanning the columns left (as the technical architecture does in the chapters), bands with
 * their label above their first row.
 */
export const GRID = {
  width: 640,
  /** The business's stack: its front end, the platform, the back end. */
  stack: { x0: 16, x1: 424 },
  /** The column of what it must build anew. */
  anew: { x0: 440, x1: 624 },
  top: 6,
  bottom: 412,
  /** A band's padding inside, left, right and below its last row. */
  pad: 10,
  /** Room for a band's label above its first row of boxes. */
  labelRow: 24,
  /** Tall enough for a label on two lines. */
  rowH: 48,
  /** Between two boxes of a row, and between two rows. */
  gap: 14,
  rowGap: 8,
  bandGap: 8,
  /** The back end's label sits left of its one box, not above it. */
  backLabelW: 104,
  backH: 40,
  perRow: 3,
} as const;

/** Where a region starts and how wide it is; its padding and gaps when not the grid's (the phone's are tighter, as in the chapters). */
export interface Span {
  x0: number;
  x1: number;
  pad?: number;
  gap?: number;
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

/**
 * Rows of `GRID.perRow` columns from `y` across `span`, filled in order; a short last row's last
 * box spans the columns left, so every box is on the grid. Returns the boxes and the bottom edge.
 */
export function grid(ids: readonly string[], span: Span, y: number): { boxes: Record<string, Box>; bottom: number } {
  const { pad = GRID.pad, gap = GRID.gap } = span;
  const x0 = span.x0 + pad;
  const w = (span.x1 - pad - x0 - (GRID.perRow - 1) * gap) / GRID.perRow;
  const boxes: Record<string, Box> = {};
  ids.forEach((id, i) => {
    const col = i % GRID.perRow;
    const last = i === ids.length - 1;
    const cols = last ? GRID.perRow - col : 1;
    const top = y + Math.floor(i / GRID.perRow) * (GRID.rowH + GRID.rowGap);
    boxes[id] = { x: x0 + col * (w + gap), y: top, w: cols * w + (cols - 1) * gap, h: GRID.rowH };
  });
  const rows = Math.max(1, Math.ceil(ids.length / GRID.perRow));
  return { boxes, bottom: y + rows * GRID.rowH + (rows - 1) * GRID.rowGap };
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
