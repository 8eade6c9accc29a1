import { linkHorizontal, linkVertical } from 'd3-shape';
import type { Box, SceneEdge, SceneFrame, SceneNode } from './types';

/** Spacing of neighbouring line ends on a box: lines leave a box in a fan and land side by side. */
const PORT_GAP = { leave: 3, land: 4 } as const;
/** Height of a line's S-bend; a longer drop continues straight down (through a row's gaps). */
const BEND = 56;

export type Point = readonly [number, number];

/** A drawable edge: its path and where it starts and ends, computed from the node boxes. */
export interface EdgeRoute {
  edge: SceneEdge;
  /** The edge's opacity times that of its fainter node, so lines fade with their boxes. */
  opacity: number;
  start: Point;
  end: Point;
  d: string;
}

type Side = 'top' | 'bottom' | 'left' | 'right';

const DEPTH: Record<SceneNode['layer'], number> = { front: 0, middle: 1, back: 2 };

/**
 * Which sides a line joins. Between layers it always runs downwards from the upper layer, even
 * while a morph briefly lets the boxes overlap, so a line never flips to another side mid-morph.
 */
function sides(a: SceneNode, b: SceneNode): [Side, Side] {
  const depth = DEPTH[a.layer] - DEPTH[b.layer];
  if (depth < 0 || (depth === 0 && a.box.y + a.box.h <= b.box.y)) return ['bottom', 'top'];
  if (depth > 0 || b.box.y + b.box.h <= a.box.y) return ['top', 'bottom'];
  return centre(a.box)[0] <= centre(b.box)[0] ? ['right', 'left'] : ['left', 'right'];
}

function centre(box: Box): Point {
  return [box.x + box.w / 2, box.y + box.h / 2];
}

interface Port {
  node: string;
  box: Box;
  side: Side;
  other: Box;
  weight: number;
  gap: number;
  /** Where the box at the other end sits along this side: the order of the line ends. */
  along: number;
  /** A stable tie-break between ends at the same place: the edge's id and which end this is. */
  tie: string;
  /** Where the line end is, once placed. */
  at?: Point;
}

/**
 * A tie-break that is the same everywhere and costs nothing: `localeCompare` asks ICU to
 * collate, and in a morph this sort runs for every line end of every frame.
 */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Spreads the line ends that share a side of a box, in the order of the boxes at their other
 * ends so that lines do not cross on leaving. Each end takes room in proportion to its weight
 * (its opacity), so an edge fading in pushes its neighbours aside smoothly instead of at once.
 * Each port is given its place (`at`); this runs for every line end of every frame of a morph.
 */
function placePorts(ports: Port[]) {
  const groups = new Map<string, Port[]>();
  for (const p of ports) {
    const key = `${p.node}:${p.side}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  for (const group of groups.values()) {
    const vertical = group[0]!.side === 'top' || group[0]!.side === 'bottom';
    group.sort((p, q) => p.along - q.along || byCodePoint(p.tie, q.tie));
    const total = group.reduce((sum, p) => sum + p.weight, 0);
    const box = group[0]!.box;
    const room = (vertical ? box.w : box.h) * 0.7;
    const step = Math.min(group[0]!.gap, total > 0 ? room / total : 0);
    const [cx, cy] = centre(box);
    let before = 0;
    for (const p of group) {
      const offset = (before + p.weight / 2 - total / 2) * step;
      before += p.weight;
      p.at =
        p.side === 'top'
          ? [cx + offset, box.y]
          : p.side === 'bottom'
            ? [cx + offset, box.y + box.h]
            : [p.side === 'left' ? box.x : box.x + box.w, cy + offset];
    }
  }
}

const vertical = linkVertical<unknown, { source: Point; target: Point }, Point>()
  .source((l) => l.source)
  .target((l) => l.target)
  .digits(2);
const horizontal = linkHorizontal<unknown, { source: Point; target: Point }, Point>()
  .source((l) => l.source)
  .target((l) => l.target)
  .digits(2);

const round = (n: number) => Math.round(n * 100) / 100;

/** The path of one line: an S-bend, then straight on if the drop is longer than the bend. */
export function edgePath(start: Point, end: Point, side: Side): string {
  if (side === 'left' || side === 'right') return horizontal({ source: start, target: end }) ?? '';
  const dy = end[1] - start[1];
  const bend = Math.sign(dy) * Math.min(Math.abs(dy), BEND);
  const knee: Point = [end[0], start[1] + bend];
  const curve = vertical({ source: start, target: knee }) ?? '';
  return knee[1] === end[1] ? curve : `${curve}L${round(end[0])},${round(end[1])}`;
}

/** Where a line end goes on `box`'s `side`, ordered by the box at its other end. */
function port(node: SceneNode, side: Side, other: Box, weight: number, gap: number, tie: string): Port {
  const vertical = side === 'top' || side === 'bottom';
  const along = vertical ? other.x + other.w / 2 : other.y + other.h / 2;
  return { node: node.id, box: node.box, side, other, weight, gap, along, tie };
}

/** Routes every edge whose two nodes are in the frame, from the nodes' current boxes. */
export function routeEdges(frame: SceneFrame): EdgeRoute[] {
  const nodes = new Map<string, SceneNode>(frame.nodes.map((n) => [n.id, n]));
  const ports: Port[] = [];
  const pending: Array<{ edge: SceneEdge; opacity: number; side: Side; from: Port; to: Port }> = [];
  for (const edge of frame.edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from || !to) continue;
    const opacity = edge.opacity * Math.min(from.opacity, to.opacity);
    const [leave, land] = sides(from, to);
    const out = port(from, leave, to.box, opacity, PORT_GAP.leave, `${edge.id}:from`);
    const into = port(to, land, from.box, opacity, PORT_GAP.land, `${edge.id}:to`);
    ports.push(out, into);
    pending.push({ edge, opacity, side: leave, from: out, to: into });
  }
  placePorts(ports);
  return pending.map(({ edge, opacity, side, from, to }) => {
    const start = from.at!;
    const end = to.at!;
    return { edge, opacity, start, end, d: edgePath(start, end, side) };
  });
}
