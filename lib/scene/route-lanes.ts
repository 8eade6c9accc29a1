import { room } from './route-grid';

export type Point = readonly [number, number];

/** One routed line before it is spread into its lane: its corner points, port to port. */
export interface Polyline {
  /** Lines from one source share a lane: where they run together they are one trunk. */
  source: string;
  /** Near its target a line joins the others arriving there: they enter by one port. */
  target: string;
  /** Where lanes are ordered: the source's centre. */
  order: number;
  weight: number;
  points: Point[];
}

/** Drops points that do not turn, so each segment is one straight run. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out[out.length - 1];
    if (a && Math.abs(a[0] - p[0]) < 1e-6 && Math.abs(a[1] - p[1]) < 1e-6) continue;
    const b = out[out.length - 2];
    if (a && b && ((b[0] === a[0] && a[0] === p[0]) || (b[1] === a[1] && a[1] === p[1]))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

interface Seg {
  line: Polyline;
  /** Index of its first point. */
  i: number;
  vertical: boolean;
  at: number;
}

/** The lane a segment runs in: its source's, or, for the last one, its target's. */
const laneOf = (seg: Seg) =>
  seg.i === seg.line.points.length - 2 ? `to:${seg.line.target}` : `from:${seg.line.source}`;

/**
 * Spreads the lines that run along one grid line into lanes a fixed `gap` apart, one lane per
 * source, in the order of their sources, so that parallel lines in a gutter stay apart and each
 * can be followed; lines from one source keep one lane and read as a trunk that branches. A lane
 * takes room by its weight (opacity), so a line fading in moves its neighbours aside gradually.
 * Lanes never spread past `clear` from the nearest obstacle edge around the line.
 */
export function spread(
  lines: Polyline[],
  edges: { x: Float64Array; y: Float64Array },
  gap: number,
  clear: number,
): Point[][] {
  const groups = new Map<string, Seg[]>();
  for (const line of lines) {
    const p = line.points;
    for (let i = 0; i + 1 < p.length; i++) {
      const vertical = Math.abs(p[i]![0] - p[i + 1]![0]) < 1e-6;
      const at = vertical ? p[i]![0] : p[i]![1];
      const key = `${vertical ? 'v' : 'h'}${Math.round(at * 100)}`;
      const seg = { line, i, vertical, at };
      const group = groups.get(key);
      if (group) group.push(seg);
      else groups.set(key, [seg]);
    }
  }
  const offsets = new Map<Polyline, number[]>(lines.map((l) => [l, new Array(l.points.length - 1).fill(0)]));
  for (const group of groups.values()) {
    const lanes = new Map<string, { order: number; weight: number }>();
    for (const seg of group) {
      const { line } = seg;
      const key = laneOf(seg);
      const lane = lanes.get(key);
      if (lane) lane.weight = Math.max(lane.weight, line.weight);
      else lanes.set(key, { order: line.order, weight: line.weight });
    }
    if (lanes.size < 2) continue;
    const sorted = [...lanes.entries()].sort(([a, p], [b, q]) => p.order - q.order || (a < b ? -1 : a > b ? 1 : 0));
    const total = sorted.reduce((sum, [, l]) => sum + l.weight, 0);
    const { vertical, at } = group[0]!;
    const free = Math.max(0, room(vertical ? edges.x : edges.y, at) - clear);
    const step = total > 0 ? Math.min(gap, (2 * free) / Math.max(total, 1)) : 0;
    const place = new Map<string, number>();
    let before = 0;
    for (const [source, lane] of sorted) {
      place.set(source, (before + lane.weight / 2 - total / 2) * step);
      before += lane.weight;
    }
    for (const seg of group) offsets.get(seg.line)![seg.i] = place.get(laneOf(seg))!;
  }
  return lines.map((line) => moved(line.points, offsets.get(line)!));
}

/** A polyline with each segment moved sideways by its offset; corners follow their two segments. */
function moved(p: Point[], off: number[]): Point[] {
  if (off.every((o) => o === 0)) return p;
  const vertical = (i: number) => Math.abs(p[i]![0] - p[i + 1]![0]) < 1e-6;
  const out: Point[] = [];
  for (let k = 0; k < p.length; k++) {
    let [x, y] = p[k]!;
    // A point belongs to the segment before it and the one after it (the ends to one only).
    for (const i of [k - 1, k]) {
      if (i < 0 || i >= p.length - 1) continue;
      if (vertical(i)) x = p[i]![0] + off[i]!;
      else y = p[i]![1] + off[i]!;
    }
    out.push([x, y]);
  }
  return out;
}
