import type { Box, NodeKind, SceneFrame } from './types';

/**
 * Checks that the diagram is one canvas: the same box keeps its size (and, on the 2015 grid, its
 * place) from step to step, side panels stand in the one column kept for them, no word is drawn
 * smaller on a wide screen, and a phone keeps the words a wide screen shows. Each returns what
 * breaks the rule, in words, so a test failure names the scene and the element.
 */

/** A frame with a name to report it by (a scene id, with its layout). */
export interface NamedFrame {
  name: string;
  frame: SceneFrame;
}

const seen = <T extends { opacity: number }>(el: T) => el.opacity > 0;
const size = (b: Box) => `${Math.round(b.w)}×${Math.round(b.h)}`;
const same = (a: Box, b: Box) => [a.x - b.x, a.y - b.y, a.w - b.w, a.h - b.h].every((d) => Math.abs(d) < 0.01);

/**
 * Nodes of these kinds drawn at another size than the first frame that draws them.
 * `widthOnly` kinds are held to their width alone (front ends grow taller as the front thickens).
 */
export function resizedNodes(
  frames: readonly NamedFrame[],
  kinds: readonly NodeKind[],
  widthOnly: readonly NodeKind[] = [],
): string[] {
  const first = new Map<string, { name: string; box: Box }>();
  const out: string[] = [];
  for (const { name, frame } of frames) {
    for (const node of frame.nodes.filter(seen)) {
      const whole = kinds.includes(node.kind);
      if (!whole && !widthOnly.includes(node.kind)) continue;
      const before = first.get(node.id);
      if (!before) {
        first.set(node.id, { name, box: node.box });
        continue;
      }
      const differs = whole ? size(before.box) !== size(node.box) : Math.round(before.box.w) !== Math.round(node.box.w);
      if (differs) out.push(`${name}: ${node.id} is ${size(node.box)}, ${size(before.box)} in ${before.name}`);
    }
  }
  return out;
}

/**
 * In every frame whose middle band is the home frame's (the 2015 grid), the nodes the home frame
 * places there (its services and its back end) stand exactly where they stand at home.
 */
export function movedFromGrid(frames: readonly NamedFrame[], home: SceneFrame, ids: readonly string[]): string[] {
  const middle = home.bands.find((b) => b.id === 'middle')!.box;
  const homeBox = new Map(home.nodes.map((n) => [n.id, n.box]));
  const out: string[] = [];
  for (const { name, frame } of frames) {
    const band = frame.bands.find((b) => b.id === 'middle' && seen(b));
    if (!band || !same(band.box, middle)) continue;
    for (const node of frame.nodes.filter((n) => seen(n) && ids.includes(n.id))) {
      if (!same(node.box, homeBox.get(node.id)!)) out.push(`${name}: ${node.id} has left its place in the grid`);
    }
  }
  return out;
}

/** Named side panels (labelled frames right of the platform) that do not fill the side column. */
export function panelsOffColumn(frame: SceneFrame, column: Box): string[] {
  return frame.bands
    .filter((b) => seen(b) && b.layer === 'frame' && b.label !== '' && b.box.x >= column.x - 0.01)
    .filter((b) => !same(b.box, column))
    .map((b) => `${b.id} is not the side column`);
}

/** Words drawn smaller than their type size: labelled nodes and bands at a scale below 1. */
export function shrunkWords(frame: SceneFrame): string[] {
  return [...frame.nodes, ...frame.bands]
    .filter((el) => seen(el) && el.label !== '' && (el.scale ?? 1) < 1)
    .map((el) => `${el.id} at ${Math.round((el.scale ?? 1) * 100)}%`);
}

const words = (frame: SceneFrame) =>
  new Set(
    [...frame.nodes, ...frame.bands]
      .filter((el) => seen(el) && el.label !== '')
      .map((el) => el.label.replace(/\s+/g, ' ').trim()),
  );

/** Labels the wide drawing shows that the phone drawing of the same scene does not. */
export function lostOnPhone(wide: SceneFrame, narrow: SceneFrame): string[] {
  const kept = new Set([...words(narrow)].map((w) => w.replace(/ /g, '')));
  return [...words(wide)].filter((w) => !kept.has(w.replace(/ /g, '')));
}
