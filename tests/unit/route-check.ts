import type { EdgeRoute, Point } from '@/lib/scene/edges';
import { textBoxes } from '@/lib/scene/text-boxes';
import type { Box, SceneFrame } from '@/lib/scene/types';

const EPS = 0.01;

/** Whether segment a–b passes through the inside of `box` (touching its edge does not count). */
export function crosses(a: Point, b: Point, box: Box): boolean {
  const [x0, y0, x1, y1] = [box.x + EPS, box.y + EPS, box.x + box.w - EPS, box.y + box.h - EPS];
  if (x1 <= x0 || y1 <= y0) return false;
  let [t0, t1] = [0, 1];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  // Liang–Barsky clipping: the part of the segment inside the box, if any.
  for (const [p, q] of [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-9;
}

/** Whether `p` lies on the edge of `box`, at least `corner` from its corners. */
export function onPort(p: Point, box: Box, corner = 2): boolean {
  const [x, y] = p;
  const near = (u: number, v: number) => Math.abs(u - v) < EPS;
  const within = (v: number, lo: number, hi: number) => v >= lo + corner - EPS && v <= hi - corner + EPS;
  const horizontal = (near(y, box.y) || near(y, box.y + box.h)) && within(x, box.x, box.x + box.w);
  const vertical = (near(x, box.x) || near(x, box.x + box.w)) && within(y, box.y, box.y + box.h);
  return horizontal || vertical;
}

/**
 * What is wrong with a frame's routed lines: a segment through a text box (a node's label, a
 * band's label, a note), a segment under a box (any box, its own two included: a line meets its
 * boxes only at their edges), or an end that is not a port on the edge of the box it joins.
 */
export function routeProblems(frame: SceneFrame, routes: readonly EdgeRoute[]): string[] {
  const problems: string[] = [];
  const texts = textBoxes(frame).filter((t) => t.opacity > 0);
  const nodes = new Map(frame.nodes.map((n) => [n.id, n]));
  for (const route of routes) {
    const { id, from, to } = route.edge;
    const p = route.points;
    for (let i = 0; i + 1 < p.length; i++) {
      for (const text of texts) if (crosses(p[i]!, p[i + 1]!, text.box)) problems.push(`${id} crosses ${text.id}`);
      for (const n of frame.nodes) if (crosses(p[i]!, p[i + 1]!, n.box)) problems.push(`${id} runs under ${n.id}`);
    }
    if (!onPort(p[0]!, nodes.get(from)!.box)) problems.push(`${id} does not start on a port of ${from}`);
    if (!onPort(p[p.length - 1]!, nodes.get(to)!.box)) problems.push(`${id} does not end on a port of ${to}`);
  }
  return [...new Set(problems)];
}
