import { BAND_LABEL, contains, labelSize, NOTE, overlaps, POINT, VIEWBOX_BOX } from './layout';
import { nodeLabelFits } from './label-room';
import {
  NARROW_PAGES,
  NARROW_VIEWBOX,
  type Annotation,
  type Band,
  type Box,
  type Scene,
  type SceneFrame,
} from './types';

const NARROW_BOX: Box = { x: 0, y: 0, w: NARROW_VIEWBOX.width * NARROW_PAGES, h: NARROW_VIEWBOX.height };

/** Everything wrong with one frame's data: dangling edges, repeated ids, boxes off the page. */
export function frameProblems(frame: SceneFrame, viewBox: Box = VIEWBOX_BOX): string[] {
  const problems: string[] = [];
  for (const [kind, list] of Object.entries({
    band: frame.bands,
    node: frame.nodes,
    edge: frame.edges,
    annotation: frame.annotations,
  })) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${kind} id "${id}" is used twice`);
      seen.add(id);
    }
  }
  const nodes = new Set(frame.nodes.map((n) => n.id));
  for (const e of frame.edges) {
    if (!nodes.has(e.from)) problems.push(`edge ${e.id} starts at missing node "${e.from}"`);
    if (!nodes.has(e.to)) problems.push(`edge ${e.id} ends at missing node "${e.to}"`);
  }
  for (const el of [...frame.bands, ...frame.nodes]) {
    if (!contains(viewBox, el.box)) problems.push(`${el.id} lies outside the viewBox`);
  }
  return problems;
}

/** Pairs of visible nodes whose boxes overlap. */
export function overlappingNodes(frame: SceneFrame): Array<[string, string]> {
  const visible = frame.nodes.filter((n) => n.opacity > 0);
  const out: Array<[string, string]> = [];
  visible.forEach((a, i) => {
    for (const b of visible.slice(i + 1)) if (overlaps(a.box, b.box)) out.push([a.id, b.id]);
  });
  return out;
}

/** Nodes whose label does not keep its padding clear inside its box's outline (see `labelMargins`). */
export function crampedLabels(frame: SceneFrame): string[] {
  return frame.nodes.filter((n) => !nodeLabelFits(n)).map((n) => n.id);
}

const key = (b: Box) => [b.x, b.y, b.w, b.h].map((v) => Math.round(v)).join(',');

/** A fingerprint of what a frame looks like: which elements, where, in which tone. */
function frameLook(frame: SceneFrame): string {
  const parts = [
    ...frame.bands.map((b) => `B${b.id}@${key(b.box)}:${b.tone}:${b.label}`),
    ...frame.nodes.map((n) => `N${n.id}@${key(n.box)}:${n.tone}:${n.label}`),
    ...frame.edges.map((e) => `E${e.id}:${e.tone}`),
    ...frame.annotations.map((a) => `A${a.text}@${Math.round(a.x)},${Math.round(a.y)}:${a.tone}`),
    ...frame.bands.map((b) => `S${b.id}:${b.scale ?? 1}`),
  ];
  return parts.sort().join('|');
}

/** Every problem in a set of scenes, including two scenes that would draw the same picture. */
export function validateScenes(scenes: readonly Scene[]): string[] {
  const problems = scenes.flatMap((s) => [
    ...frameProblems(s).map((p) => `${s.id}: ${p}`),
    ...frameProblems(s.narrow, NARROW_BOX).map((p) => `${s.id} (narrow): ${p}`),
  ]);
  const looks = new Map<string, string>();
  for (const s of scenes) {
    const look = frameLook(s);
    const twin = looks.get(look);
    if (twin) problems.push(`${s.id} draws the same picture as ${twin}`);
    looks.set(look, s.id);
    if (s.description.trim() === '' || s.title.trim() === '') problems.push(`${s.id} needs a title and a description`);
  }
  return problems;
}

/** Where a note's words are drawn: its line of text around its baseline. */
export function noteBox(note: Annotation): Box {
  const { w } = labelSize(note.text, NOTE.fontSize, 1, NOTE.weight);
  const below = (note.text.split('\n').length - 1) * NOTE.lineHeight;
  const x = note.anchor === 'start' ? note.x : note.anchor === 'middle' ? note.x - w / 2 : note.x - w;
  const room = note.point ? POINT.room : 0;
  return { x, y: note.y - NOTE.fontSize * 0.85, w: w + room, h: NOTE.fontSize * 1.1 + below };
}

/** Where a band's label is drawn, at its scale. */
export function bandLabelBox(band: Band): Box {
  const k = band.scale ?? 1;
  const size = BAND_LABEL.fontSize * k;
  const { w } = labelSize(band.label, BAND_LABEL.fontSize, k, BAND_LABEL.weight);
  return {
    x: band.box.x + BAND_LABEL.inset * k,
    y: band.box.y + BAND_LABEL.baseline * k - size * 0.85,
    w,
    h: size * 1.1,
  };
}

/**
 * Words drawn over other words or over a box: each visible note against the other notes, the
 * band labels and the labelled nodes. Returned as `note × other` pairs of ids.
 */
export function clashingWords(frame: SceneFrame): string[] {
  const seen = (el: { opacity: number }) => el.opacity > 0;
  const notes = frame.annotations.filter((a) => seen(a) && a.text !== '');
  const others = [
    ...frame.bands.filter((b) => seen(b) && b.label !== '').map((b) => ({ id: `band ${b.id}`, box: bandLabelBox(b) })),
    ...frame.nodes.filter((n) => seen(n) && n.kind !== 'measure').map((n) => ({ id: `node ${n.id}`, box: n.box })),
  ];
  const out: string[] = [];
  notes.forEach((note, i) => {
    const box = noteBox(note);
    for (const other of notes.slice(i + 1))
      if (overlaps(box, noteBox(other))) out.push(`note ${note.id} × note ${other.id}`);
    for (const other of others) if (overlaps(box, other.box)) out.push(`note ${note.id} × ${other.id}`);
  });
  return out;
}
