import type { Grid } from './route-grid';
import { Heap } from './route-heap';
import type { Box } from './types';

/** Directions on the grid: 0 right, 1 down, 2 left, 3 up. */
export type Dir = 0 | 1 | 2 | 3;
const DX = [1, 0, -1, 0] as const;
const DY = [0, 1, 0, -1] as const;

/** Where a route may begin or end: a grid point just off a box, and the cost of the stub to its port. */
export interface Terminal {
  node: number;
  /** The direction of travel on the stub: away from the box at a start, into it at an end. */
  dir: Dir;
  cost: number;
  /** Which port this is, for the caller. */
  port: number;
}

export interface Found {
  /** Grid points from the first to the last, each an index y * xs.length + x. */
  nodes: number[];
  start: Terminal;
  end: Terminal;
}

/**
 * Buffers kept between searches, so that routing a frame neither allocates nor clears them:
 * an entry counts only if its stamp is the current search's.
 */
interface Scratch {
  best: Float64Array;
  from: Int32Array;
  startOf: Int32Array;
  seen: Uint32Array;
  closed: Uint32Array;
  stamp: number;
}
let kept: Scratch | null = null;

/** The buffers, grown when a grid needs more states than any before it; one search at a time. */
function scratch(states: number): Scratch {
  if (!kept || kept.best.length < states) {
    kept = {
      best: new Float64Array(states),
      from: new Int32Array(states),
      startOf: new Int32Array(states),
      seen: new Uint32Array(states),
      closed: new Uint32Array(states),
      stamp: 0,
    };
  }
  kept.stamp += 1;
  return kept;
}

/**
 * The most grid states one search looks at. A route found in a drawing takes a few hundred; mid-
 * morph, when boxes overlap and no route exists, a search would otherwise comb the whole grid
 * (twice, with the looser second try) in every frame before falling back.
 */
const LIMIT = 800;

/** Manhattan distance from a grid point to a box: never more than what is left to travel. */
function toward(grid: Grid, target: Box, bend: number) {
  const { xs, ys } = grid;
  const nx = xs.length;
  return (node: number) => {
    const x = xs[node % nx]!;
    const y = ys[(node / nx) | 0]!;
    const dx = x < target.x ? target.x - x : x > target.x + target.w ? x - target.x - target.w : 0;
    const dy = y < target.y ? target.y - y : y > target.y + target.h ? y - target.y - target.h : 0;
    // Off both of the box's axes, the route has at least one more turn to make.
    return dx + dy + (dx > 0 && dy > 0 ? bend : 0);
  };
}

/**
 * What a route costs: its length, plus `bend` for every turn; a step along a line with less than
 * `tight` room either side costs `squeeze` times its length (lines keep to the middles of wide
 * gaps), and a step along a trunk already laid by the same source `share` times its length, or
 * by any source `bundle` times (lines gather into a few gutters rather than spreading over all).
 */
export interface Costs {
  bend: number;
  tight: number;
  squeeze: number;
  share: number;
  bundle: number;
}

/** Marks a route's steps on a trunk map: bit 1 for steps across, bit 2 for steps down. */
export function layTrunk(trunk: Uint8Array, nodes: readonly number[]) {
  for (let i = 0; i + 1 < nodes.length; i++) {
    const bit = Math.abs(nodes[i + 1]! - nodes[i]!) === 1 ? 1 : 2;
    for (const n of [nodes[i]!, nodes[i + 1]!]) trunk[n] = trunk[n]! | bit;
  }
}

/**
 * The cheapest route on the grid from any start to any end: length plus `bend` for every turn,
 * never through a blocked point, never turning back. A* towards the target's box.
 */
export function search(
  grid: Grid,
  starts: Terminal[],
  ends: Terminal[],
  target: Box,
  cost: Costs,
  trunks: { own: Uint8Array; all: Uint8Array },
  /** A direction the route never takes (up, on the way down to a lower box); -1 for none. */
  never: number,
): Found | null {
  const { bend } = cost;
  if (starts.length === 0 || ends.every((e) => grid.blocked[e.node])) return null;
  const { xs, ys, blocked } = grid;
  const nx = xs.length;
  const states = nx * ys.length * 4;
  const work = scratch(states);
  const { best, from, startOf, seen, closed, stamp } = work;
  const known = (state: number) => (seen[state] === stamp ? best[state]! : Infinity);
  const reach = (state: number, g: number, prev: number, start: number) => {
    seen[state] = stamp;
    best[state] = g;
    from[state] = prev;
    startOf[state] = start;
  };
  const finalBest = new Float64Array(ends.length).fill(Infinity);
  const finalFrom = new Int32Array(ends.length).fill(-1);
  const endsAt = new Map<number, number[]>();
  ends.forEach((e, i) => {
    const list = endsAt.get(e.node);
    if (list) list.push(i);
    else endsAt.set(e.node, [i]);
  });
  const h = toward(grid, target, bend);
  const heap = new Heap();
  let expanded = 0;
  starts.forEach((s, i) => {
    const state = s.node * 4 + s.dir;
    if (blocked[s.node] || s.cost >= known(state)) return;
    reach(state, s.cost, -1, i);
    heap.push(s.cost + h(s.node), state);
  });
  while (heap.size > 0) {
    const state = heap.pop();
    if (state >= states) {
      const i = state - states;
      const nodes: number[] = [];
      let at = finalFrom[i]!;
      const first = startOf[at]!;
      while (at >= 0) {
        nodes.push(at >> 2);
        at = from[at]!;
      }
      nodes.reverse();
      return { nodes, start: starts[first]!, end: ends[i]! };
    }
    if (closed[state] === stamp) continue;
    closed[state] = stamp;
    if (++expanded > LIMIT) break;
    const g = best[state]!;
    const node = state >> 2;
    const dir = state & 3;
    const finals = endsAt.get(node);
    if (finals) {
      for (const i of finals) {
        const e = ends[i]!;
        if (e.dir === (dir + 2) % 4) continue;
        const total = g + e.cost + (e.dir === dir ? 0 : bend);
        if (total < finalBest[i]!) {
          finalBest[i] = total;
          finalFrom[i] = state;
          heap.push(total, states + i);
        }
      }
    }
    const x = node % nx;
    const y = (node / nx) | 0;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4 || d === never) continue;
      const x2 = x + DX[d]!;
      const y2 = y + DY[d]!;
      if (x2 < 0 || y2 < 0 || x2 >= nx || y2 >= ys.length) continue;
      const next = y2 * nx + x2;
      if (blocked[next]) continue;
      let step = d & 1 ? Math.abs(ys[y2]! - ys[y]!) : Math.abs(xs[x2]! - xs[x]!);
      const bit = d & 1 ? 2 : 1;
      if (trunks.own[node]! & bit && trunks.own[next]! & bit) step *= cost.share;
      else if (trunks.all[node]! & bit && trunks.all[next]! & bit) step *= cost.bundle;
      else if ((d & 1 ? grid.xRoom[x]! : grid.yRoom[y]!) < cost.tight) step *= cost.squeeze;
      const total = g + step + (d === dir ? 0 : bend);
      const s2 = next * 4 + d;
      if (total < known(s2)) {
        reach(s2, total, state, startOf[state]!);
        heap.push(total + h(next), s2);
      }
    }
  }
  return null;
}
