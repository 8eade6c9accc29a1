import { linkVertical } from 'd3-shape';
import { buildGrid } from './route-grid';
import { simplify, spread, type Point, type Polyline } from './route-lanes';
import { roundedPath } from './route-path';
import { terminals } from './route-ports';
import { layTrunk, search } from './route-search';
import { bandTextBox, noteTextBox } from './text-boxes';
import type { Box, SceneEdge, SceneFrame, SceneNode } from './types';

export type { Point } from './route-lanes';

/**
 * How lines are routed, in viewBox units: they keep `clear` from boxes and `textClear` from
 * words, a turn costs as much as `bend` units of length, parallel lines run `lane` apart, ports
 * keep `corner` from a box's corners, and corners are rounded to `radius`.
 */
export const ROUTE = { clear: 2, textClear: 2, bend: 30, lane: 3.5, corner: 8, radius: 6 } as const;

/** See `Costs`: lines keep out of slivers, and lines from one source run together as a trunk. */
const COSTS = { bend: ROUTE.bend, tight: 5, squeeze: 2, share: 0.3, bundle: 0.7 } as const;

/** Elements fainter than this are on their way in or out: lines no longer (or not yet) avoid them. */
const SOLID = 0.5;

/** How far past the boxes they join lines may stray to get round something. */
const NEAR = 40;

/** A drawable edge: its path and where it starts and ends, computed from the node boxes. */
export interface EdgeRoute {
  edge: SceneEdge;
  /** The edge's opacity times that of its fainter node, so lines fade with their boxes. */
  opacity: number;
  start: Point;
  end: Point;
  /** The route's corners, port to port (its path rounds them). */
  points: Point[];
  d: string;
}

const grown = (b: Box, m: number): Box => ({ x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m });
const centre = (b: Box): Point => [b.x + b.w / 2, b.y + b.h / 2];

/** The smallest box holding all of `boxes`. */
function hull(boxes: Iterable<Box>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The part two boxes share (empty boxes have no size). */
function meet(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x),
    h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y),
  };
}

const touches = (a: Box, b: Box) => a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/**
 * Where lines may run and what they must keep out of, grown by its clearance. Lines stay on the
 * drawing (within the bands, where there are bands) and near the boxes they join: obstacles
 * farther off (a stack of small copies beside the platform) cannot be in their way, and are left
 * out so that the grid stays small.
 */
function obstacles(frame: SceneFrame, ends: Iterable<SceneNode>): { boxes: Box[]; bounds: Box } {
  const near = grown(hull([...ends].map((n) => n.box)), NEAR);
  const drawn =
    frame.bands.length > 0 ? hull(frame.bands.map((b) => b.box)) : grown(hull(frame.nodes.map((n) => n.box)), NEAR);
  const bounds = meet(near, drawn);
  const boxes: Box[] = [];
  const keep = (b: Box | null, opacity: number, clear: number) => {
    if (b && opacity >= SOLID && touches(b, bounds)) boxes.push(grown(b, clear));
  };
  for (const n of frame.nodes) keep(n.box, n.opacity, ROUTE.clear);
  for (const b of frame.bands) keep(bandTextBox(b), b.opacity, ROUTE.textClear);
  for (const a of frame.annotations) keep(noteTextBox(a), a.opacity, ROUTE.textClear);
  return { boxes, bounds };
}

const fallbackLink = linkVertical<unknown, { source: Point; target: Point }, Point>()
  .source((l) => l.source)
  .target((l) => l.target)
  .digits(2);

/** When no route exists (boxes overlapping mid-morph), an S-bend from one box's bottom to the other's top. */
function fallback(from: Box, to: Box): { points: Point[]; d: string } {
  const down = from.y <= to.y;
  const start: Point = [from.x + from.w / 2, down ? from.y + from.h : from.y];
  const end: Point = [to.x + to.w / 2, down ? to.y : to.y + to.h];
  return { points: [start, end], d: fallbackLink({ source: start, target: end }) ?? '' };
}

type Live = { edge: SceneEdge; from: SceneNode; to: SceneNode; opacity: number };

/** A line's course before it takes its lane: its corners port to port, or a fallback path. */
type Course = { line: Omit<Polyline, 'weight'> } | { points: Point[]; d: string };

interface Plan {
  courses: Course[];
  edges: { x: Float64Array; y: Float64Array };
}

/**
 * The courses of a frame's lines: found on the grid, each source's lines as one trunk. They
 * depend only on where things are (not on opacity or tone), so a morph that moves nothing, as
 * most do, finds them once and only spreads the lanes again in each frame.
 */
function plan(frame: SceneFrame, live: Live[]): Plan {
  const ends = new Set(live.flatMap(({ from, to }) => [from, to]));
  const { boxes, bounds } = obstacles(frame, ends);
  const centres = [...ends].map((n) => centre(n.box));
  const key = [
    ...boxes.flatMap((b) => [b.x, b.y, b.w, b.h]),
    ...[...ends].flatMap((n) => [n.box.x, n.box.y, n.box.w, n.box.h]),
    bounds.x,
    bounds.y,
    bounds.w,
    bounds.h,
  ]
    .map((v) => Math.round(v * 100))
    .join(',')
    .concat('|', live.map((l) => l.edge.id).join(','));
  const known = plans.get(key);
  if (known) return known;
  const grid = buildGrid(
    boxes,
    bounds,
    centres.map((c) => c[0]),
    centres.map((c) => c[1]),
  );
  const trunks = new Map<string, Uint8Array>();
  const all = new Uint8Array(grid.blocked.length);
  // Where each source's first line left it: its other lines leave there too, as one trunk.
  const exits = new Map<string, number>();
  const far = (l: Live) => Math.hypot(...centre(l.to.box).map((v, i) => v - centre(l.from.box)[i]!));
  // Each source's farthest target first: nearer ones then branch off the trunk it lays.
  const order = live.map((l, i) => ({ l, i, far: far(l) }));
  order.sort((a, b) => (a.l.from.id < b.l.from.id ? -1 : a.l.from.id > b.l.from.id ? 1 : b.far - a.far || a.i - b.i));
  const courses = new Array<Course>(live.length);
  for (const { l, i } of order) {
    const { from, to } = l;
    const ports: Point[] = [];
    let trunk = trunks.get(from.id);
    if (!trunk) trunks.set(from.id, (trunk = new Uint8Array(grid.blocked.length)));
    // A line down to a lower box never turns back up (nor up to a higher one, down), and uses
    // the ports that face; only if words or boxes leave no such way does it take a longer one.
    const never = to.box.y >= from.box.y + from.box.h ? 3 : to.box.y + to.box.h <= from.box.y ? 1 : -1;
    const exit = exits.get(from.id);
    const leave = (loose: boolean) =>
      terminals(grid, from.box, to.box, true, ports, loose, ROUTE).map((t) =>
        exit === undefined || t.node === exit ? t : { ...t, cost: t.cost + 4 * ROUTE.bend },
      );
    const attempt = (loose: boolean) =>
      search(
        grid,
        leave(loose),
        terminals(grid, to.box, from.box, false, ports, loose, ROUTE),
        to.box,
        COSTS,
        { own: trunk, all },
        loose ? -1 : never,
      );
    const found = attempt(false) ?? attempt(true);
    if (!found) {
      courses[i] = fallback(from.box, to.box);
      continue;
    }
    if (exit === undefined) exits.set(from.id, found.start.node);
    layTrunk(trunk, found.nodes);
    layTrunk(all, found.nodes);
    const at = (n: number): Point => [grid.xs[n % grid.xs.length]!, grid.ys[Math.floor(n / grid.xs.length)]!];
    const points = simplify([ports[found.start.port]!, ...found.nodes.map(at), ports[found.end.port]!]);
    courses[i] = { line: { source: from.id, target: to.id, order: centre(from.box)[0], points } };
  }
  const made = { courses, edges: { x: grid.xEdges, y: grid.yEdges } };
  // A few recent plans: a morph's frames, and the scenes at its two ends.
  if (plans.size >= 8) plans.delete(plans.keys().next().value!);
  plans.set(key, made);
  return made;
}

const plans = new Map<string, Plan>();
const routed = new WeakMap<SceneFrame, EdgeRoute[]>();

/**
 * Routes every edge whose two nodes are in the frame, from the nodes' current boxes: each line
 * leaves its source at a port on the box's edge, runs through the gaps between boxes (never
 * under a box, never across a label or a note) and enters its target at a port on its edge.
 * Parallel lines share their gutter in lanes. Pure and deterministic; a frame is routed once.
 */
export function routeEdges(frame: SceneFrame): EdgeRoute[] {
  const done = routed.get(frame);
  if (done) return done;
  const nodes = new Map<string, SceneNode>(frame.nodes.map((n) => [n.id, n]));
  const live = frame.edges.flatMap((edge): Live[] => {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    return from && to ? [{ edge, from, to, opacity: edge.opacity * Math.min(from.opacity, to.opacity) }] : [];
  });
  if (live.length === 0) return [];
  const { courses, edges } = plan(frame, live);
  const lines: Polyline[] = [];
  courses.forEach((c, i) => {
    if ('line' in c) lines.push({ ...c.line, weight: live[i]!.opacity });
  });
  const lanes = spread(lines, edges, ROUTE.lane, 1.5 - ROUTE.clear);
  let next = 0;
  const routes = courses.map((c, i): EdgeRoute => {
    const points = 'line' in c ? lanes[next++]! : c.points;
    const d = 'line' in c ? roundedPath(points, ROUTE.radius) : c.d;
    const { edge, opacity } = live[i]!;
    return { edge, opacity, start: points[0]!, end: points[points.length - 1]!, points, d };
  });
  routed.set(frame, routes);
  return routes;
}
