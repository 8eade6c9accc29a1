import { CAP_HEIGHT, DESCENDER } from './inter-advances';
import { LABEL, textEms } from './label';
import type { SceneNode } from './types';

/**
 * The room a node label has in its box, as it is drawn: each line centred, the lines' block
 * centred, and the box's corners rounded (an initiative is a pill). The renderer draws with these
 * helpers, and the tests hold every scene to them, so the two cannot drift apart.
 */

type Shaped = Pick<SceneNode, 'kind' | 'box' | 'scale'>;

/**
 * A node's corner radius as drawn: an initiative's ends are rounded at up to 18 units (at its 48
 * units' height, round ends of 24 came within 6 units of the descenders of its second line:
 * "New / manufacturing"); any other box's corners at up to 8.
 */
export function cornerRadius(node: Shaped): number {
  const k = node.scale ?? 1;
  return node.kind === 'initiative' ? Math.min(node.box.h / 2, 18 * k) : Math.min(8, node.box.h / 3) * k;
}

/** Each line's baseline, from the label's centre, in label units: the block of lines centred. */
export function lineBaselines(count: number): number[] {
  const first = -((count - 1) * LABEL.lineHeight) / 2 + LABEL.fontSize * 0.35;
  return Array.from({ length: count }, (_, i) => first + i * LABEL.lineHeight);
}

/** How far a rounded box's outline lies inside its bounding box at `y` from its centre. */
function inset(height: number, radius: number, y: number): number {
  const intoCorner = Math.abs(y) - (height / 2 - radius);
  if (intoCorner <= 0) return 0;
  if (intoCorner >= radius) return Infinity;
  return radius - Math.sqrt(radius * radius - intoCorner * intoCorner);
}

/**
 * The clear space around a node's label, in label units (a stack drawn smaller scales both):
 * `x`, the least between a line's letters (capitals to descenders, at Inter's advance widths) and
 * the outline beside them, at that line's height; `y`, between the lines' block (lines × line
 * height) and the box's top and bottom. An empty label has room to spare.
 */
export function labelMargins(node: Shaped, label: string): { x: number; y: number } {
  if (label === '') return { x: Infinity, y: Infinity };
  const k = node.scale ?? 1;
  const { w, h } = node.box;
  const radius = cornerRadius(node);
  const lines = label.split('\n');
  const baselines = lineBaselines(lines.length);
  const x = Math.min(
    ...lines.map((line, i) => {
      const [top, foot] = [baselines[i]! - CAP_HEIGHT * LABEL.fontSize, baselines[i]! + DESCENDER * LABEL.fontSize];
      const far = Math.max(Math.abs(top), Math.abs(foot)) * k;
      return ((w - textEms(line) * LABEL.fontSize * k) / 2 - inset(h, radius, far)) / k;
    }),
  );
  return { x, y: (h - lines.length * LABEL.lineHeight * k) / 2 / k };
}

/** Whether a node's label (its own, or `label`) keeps LABEL.padX and LABEL.padY clear in its box. */
export function nodeLabelFits(node: Shaped & { label: string }, label = node.label): boolean {
  const margins = labelMargins(node, label);
  const e = 1e-6;
  return margins.x >= LABEL.padX - e && margins.y >= LABEL.padY - e;
}
