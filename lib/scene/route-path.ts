import type { Point } from './route-lanes';

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * An orthogonal route drawn with rounded corners: each corner a quarter-turn of radius up to
 * `radius`, never more than half of either segment it joins, so the curve stays in its gutter.
 */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0]!;
  let d = `M${r2(first[0])},${r2(first[1])}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const lin = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const lout = Math.hypot(c[0] - b[0], c[1] - b[1]);
    const r = Math.min(radius, lin / 2, lout / 2);
    if (r < 0.01 || lin === 0 || lout === 0) {
      d += `L${r2(b[0])},${r2(b[1])}`;
      continue;
    }
    const p: Point = [b[0] + ((a[0] - b[0]) / lin) * r, b[1] + ((a[1] - b[1]) / lin) * r];
    const q: Point = [b[0] + ((c[0] - b[0]) / lout) * r, b[1] + ((c[1] - b[1]) / lout) * r];
    d += `L${r2(p[0])},${r2(p[1])}Q${r2(b[0])},${r2(b[1])},${r2(q[0])},${r2(q[1])}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${r2(last[0])},${r2(last[1])}`;
}
