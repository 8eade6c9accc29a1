import type { Box } from './types';

/**
 * The routing grid: lines run along the middles of the gaps between obstacles (the gutters
 * between boxes, the channels between rows and bands), and through the ports on the sides of the
 * boxes they join. Built once per frame and shared by every edge in it.
 */
export interface Grid {
  xs: Float64Array;
  ys: Float64Array;
  /** 1 where a grid point lies inside an obstacle. */
  blocked: Uint8Array;
  /** Sorted obstacle edges, for how much room a line has on either side. */
  xEdges: Float64Array;
  yEdges: Float64Array;
  /** For each grid line, its distance to the nearest obstacle edge. */
  xRoom: Float64Array;
  yRoom: Float64Array;
}

/** Sorted, without near-duplicates. */
function uniq(values: number[]): Float64Array {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > 0.01) out.push(v);
  return Float64Array.from(out);
}

/** The middles between neighbouring edges, plus the extra lines asked for. */
function lines(edges: Float64Array, extra: number[]): Float64Array {
  const mids: number[] = [...extra];
  for (let i = 0; i + 1 < edges.length; i++) mids.push((edges[i]! + edges[i + 1]!) / 2);
  return uniq(mids);
}

/** The first index whose value is greater than `v` (binary search). */
export function above(values: Float64Array, v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A grid over `bounds` around `obstacles` (already grown by their clearance). Every obstacle
 * holds at least one grid line in each direction, so a step between neighbouring free points
 * never crosses one: marking the points inside obstacles is enough.
 */
export function buildGrid(obstacles: readonly Box[], bounds: Box, extraX: number[], extraY: number[]): Grid {
  const ex = [bounds.x, bounds.x + bounds.w];
  const ey = [bounds.y, bounds.y + bounds.h];
  for (const o of obstacles) {
    ex.push(o.x, o.x + o.w);
    ey.push(o.y, o.y + o.h);
  }
  const xEdges = uniq(ex);
  const yEdges = uniq(ey);
  const xs = lines(xEdges, extraX);
  const ys = lines(yEdges, extraY);
  const blocked = new Uint8Array(xs.length * ys.length);
  for (const o of obstacles) {
    const x0 = above(xs, o.x + 1e-6);
    const x1 = above(xs, o.x + o.w - 1e-6);
    const y0 = above(ys, o.y + 1e-6);
    const y1 = above(ys, o.y + o.h - 1e-6);
    for (let j = y0; j < y1; j++) blocked.fill(1, j * xs.length + x0, j * xs.length + x1);
  }
  const xRoom = xs.map((x) => room(xEdges, x));
  const yRoom = ys.map((y) => room(yEdges, y));
  return { xs, ys, blocked, xEdges, yEdges, xRoom, yRoom };
}

/** How far `v` is from the nearest obstacle edge along one axis. */
export function room(edges: Float64Array, v: number): number {
  const i = above(edges, v);
  const before = i > 0 ? v - edges[i - 1]! : Infinity;
  const after = i < edges.length ? edges[i]! - v : Infinity;
  return Math.min(before, after);
}
