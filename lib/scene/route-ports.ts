import type { Grid } from './route-grid';
import type { Point } from './route-lanes';
import type { Dir, Terminal } from './route-search';
import type { Box } from './types';

/** How far ports keep from a box's corners, what a turn costs, and the clearance round boxes. */
export interface PortRules {
  corner: number;
  bend: number;
  clear: number;
}

/** The first index at or past `v` going one way (+1) or the other (-1); -1 if none. */
function next(values: Float64Array, v: number, way: 1 | -1): number {
  if (way > 0) {
    for (let i = 0; i < values.length; i++) if (values[i]! >= v) return i;
  } else {
    for (let i = values.length - 1; i >= 0; i--) if (values[i]! <= v) return i;
  }
  return -1;
}

/**
 * The ports of a box as search terminals: on each side, every grid line that crosses it away
 * from the corners (or its middle, on a short side), joined to the first free grid point outside
 * the box's clearance. `out` says whether lines leave (a start) or arrive (an end).
 */
export function terminals(
  grid: Grid,
  box: Box,
  other: Box,
  out: boolean,
  ports: Point[],
  loose: boolean,
  rules: PortRules,
): Terminal[] {
  const { xs, ys, blocked } = grid;
  const nx = xs.length;
  const found: Terminal[] = [];
  const sides: Array<{ dir: Dir; vertical: boolean; edge: number; lo: number; hi: number }> = [
    { dir: 1, vertical: true, edge: box.y + box.h, lo: box.x, hi: box.x + box.w },
    { dir: 3, vertical: true, edge: box.y, lo: box.x, hi: box.x + box.w },
    { dir: 0, vertical: false, edge: box.x + box.w, lo: box.y, hi: box.y + box.h },
    { dir: 2, vertical: false, edge: box.x, lo: box.y, hi: box.y + box.h },
  ];
  const open = loose ? ([rules.bend, rules.bend, rules.bend, rules.bend] as const) : facing(box, other, out, rules);
  for (const side of sides) {
    const extra = open[side.dir];
    if (extra === Infinity) continue;
    const along = side.vertical ? xs : ys;
    const across = side.vertical ? ys : xs;
    const way = side.dir === 0 || side.dir === 1 ? 1 : -1;
    const j = next(across, side.edge + way * rules.clear, way);
    if (j < 0) continue;
    const short = side.hi - side.lo < 2 * rules.corner;
    const mid = (side.lo + side.hi) / 2;
    for (let i = 0; i < along.length; i++) {
      const v = along[i]!;
      if (short ? Math.abs(v - mid) > 1e-6 : v < side.lo + rules.corner || v > side.hi - rules.corner) continue;
      const node = side.vertical ? j * nx + i : i * nx + j;
      if (blocked[node]) continue;
      const port: Point = side.vertical ? [v, side.edge] : [side.edge, v];
      const dir = (out ? side.dir : (side.dir + 2) % 4) as Dir;
      found.push({ node, dir, cost: Math.abs(across[j]! - side.edge) + extra, port: ports.length });
      ports.push(port);
    }
  }
  return found;
}

/**
 * Which sides of `box` a line to or from `other` may use, by direction (right, down, left, up),
 * and what each costs on top of its length. A line leaves by a side that faces the other box and
 * enters by any side that is not turned away from it. Between boxes one above the other, the bottom and top are
 * the natural ports, and a side port costs more than a turn.
 */
function facing(box: Box, other: Box, out: boolean, rules: PortRules): [number, number, number, number] {
  const no = Infinity;
  const below = other.y >= box.y + box.h;
  const above = other.y + other.h <= box.y;
  const right = other.x >= box.x + box.w;
  const left = other.x + other.w <= box.x;
  const side = below || above ? rules.bend * 3 : 0;
  if (out) return [right ? side : no, below ? 0 : no, left ? side : no, above ? 0 : no];
  return [side, above ? no : 0, side, below ? no : 0];
}
