import type { Box } from '@/lib/scene/types';

/**
 * The diagram's grid in viewBox units (640 x 440). Every scene snaps to it, so that the layers
 * stay where the reader last saw them and a morph moves only what the step is about.
 */
export const MARGIN = 16;
export const RIGHT = 640 - MARGIN;

export interface Rows {
  /** The three layer bands, top to bottom. */
  front: { y: number; h: number };
  middle: { y: number; h: number };
  back: { y: number; h: number };
  /** The row of front-end boxes. */
  frontRow: { y: number; h: number };
  /** Rows of capability boxes inside the middle band. */
  rows: ReadonlyArray<{ y: number; h: number }>;
  /** The row of the infrastructure box. */
  backRow: { y: number; h: number };
}

/** The full-height grid: thin front band, tall middle band with three rows, back band. */
export const TALL: Rows = {
  front: { y: 14, h: 78 },
  frontRow: { y: 30, h: 50 },
  middle: { y: 112, h: 216 },
  rows: [
    { y: 130, h: 52 },
    { y: 198, h: 52 },
    { y: 266, h: 46 },
  ],
  back: { y: 348, h: 74 },
  backRow: { y: 362, h: 48 },
};

/** The same grid below a header line for captions such as "2015" and "now". */
export const HEADED: Rows = {
  front: { y: 48, h: 72 },
  frontRow: { y: 62, h: 48 },
  middle: { y: 138, h: 190 },
  rows: [
    { y: 154, h: 46 },
    { y: 208, h: 46 },
    { y: 262, h: 46 },
  ],
  back: TALL.back,
  backRow: TALL.backRow,
};

/** Baseline of header captions in the HEADED grid. */
export const HEADER_Y = 30;

/** Four short rows, for a platform drawn narrow (two capabilities a row). */
export function fourRows(grid: Rows): ReadonlyArray<{ y: number; h: number }> {
  const top = grid.rows[0]!.y - 4;
  const bottom = grid.middle.y + grid.middle.h - 12;
  const gap = 8;
  const h = Math.min(38, (bottom - top - 3 * gap) / 4);
  return [0, 1, 2, 3].map((i) => ({ y: top + i * (h + gap), h }));
}

/** A band's box spanning x0..x1 at one of the grid's vertical positions. */
export function bandBox(x0: number, x1: number, at: { y: number; h: number }): Box {
  return { x: x0, y: at.y, w: x1 - x0, h: at.h };
}

/** A box at a row's height spanning x0..x1. */
export const rowBox = bandBox;
