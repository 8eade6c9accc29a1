import { BAND_LABEL, LABEL, NOTE, labelSize } from './label';
import type { Annotation, Band, Box, SceneFrame, SceneNode } from './types';

/**
 * Where the diagram's words are drawn, as boxes in viewBox units, from the same label metrics the
 * renderer sets them with: the router keeps its lines out of them, and the tests check it did.
 */

/** A node label's box: its lines centred in the node's box. */
export function nodeTextBox(node: SceneNode): Box | null {
  if (!node.label || node.kind === 'measure') return null;
  const k = node.scale ?? 1;
  const { w, h } = labelSize(node.label, LABEL.fontSize, k);
  return { x: node.box.x + (node.box.w - w) / 2, y: node.box.y + (node.box.h - h) / 2, w, h };
}

/** The backdrop a band label is drawn on (see drawBandLabel), in the band's top-left corner. */
export function bandTextBox(band: Band): Box | null {
  if (!band.label) return null;
  const k = band.scale ?? 1;
  const size = BAND_LABEL.fontSize;
  const x = band.box.x + BAND_LABEL.inset * k;
  const y = band.box.y + BAND_LABEL.baseline * k;
  const top = -size * 0.85 - 2;
  return { x: x - 4 * k, y: y + top * k, w: (labelSize(band.label, size).w + 8) * k, h: (size * 1.2 + 2) * k };
}

/** A note's text with its halo: from its cap height to below its baseline, on its anchor. */
export function noteTextBox(note: Annotation): Box | null {
  if (!note.text) return null;
  const halo = 3;
  const w = labelSize(note.text, NOTE.fontSize).w + 2 * halo;
  const x = note.anchor === 'start' ? note.x - halo : note.anchor === 'end' ? note.x + halo - w : note.x - w / 2;
  const top = note.y - NOTE.fontSize * 0.85 - halo;
  return { x, y: top, w, h: NOTE.fontSize * 1.1 + 2 * halo };
}

/** Every text box a frame draws, with the id of what it belongs to. */
export function textBoxes(frame: SceneFrame): Array<{ id: string; box: Box; opacity: number }> {
  const out: Array<{ id: string; box: Box; opacity: number }> = [];
  for (const n of frame.nodes) {
    const box = nodeTextBox(n);
    if (box) out.push({ id: `node:${n.id}`, box, opacity: n.opacity });
  }
  for (const b of frame.bands) {
    const box = bandTextBox(b);
    if (box) out.push({ id: `band:${b.id}`, box, opacity: b.opacity });
  }
  for (const a of frame.annotations) {
    const box = noteTextBox(a);
    if (box) out.push({ id: `note:${a.id}`, box, opacity: a.opacity });
  }
  return out;
}
