/**
 * Draws an evaluation as a diagram frame, so the explorable reuses the chapters' renderer and
 * morph. Left: the new business's own front end, the platform in the chosen shape and the
 * shared back end. Right: what the business must build anew. Lines run from the business to
 * everything it uses.
 */
import { grow, labelFits, row, column } from '@/lib/scene/layout';
import type { Annotation, Band, Box, SceneEdge, SceneFrame, SceneNode, Tone } from '@/lib/scene/types';
import { capability, type CapabilityId } from './catalogue';
import type { Evaluation } from './model';
import { presetMatching, type PresetId } from './presets';
import { platformShape } from './shapes';

const LEFT = { x0: 16, x1: 424 } as const;
const RIGHT = { x0: 440, x1: 624 } as const;
const TOP = 14;
const BOTTOM = 426;
const PAD = 12;
const ROW_H = 48;
const GAP = 8;
const BAND_GAP = 14;
const PER_ROW = 3;

export const BUSINESS = 'x-business';

/** A label on one line if it fits the box, else broken at its middle space. */
function fitLabel(label: string, box: Box): string {
  if (labelFits(label, box) || !label.includes(' ')) return label;
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index!);
  const middle = spaces.reduce((a, b) => (Math.abs(b - label.length / 2) < Math.abs(a - label.length / 2) ? b : a));
  return `${label.slice(0, middle)}\n${label.slice(middle + 1)}`;
}

/** Rows of at most PER_ROW boxes from `y`; returns the boxes and the bottom edge. */
function grid(ids: readonly string[], y: number): { boxes: Record<string, Box>; bottom: number } {
  const boxes: Record<string, Box> = {};
  let top = y;
  for (let i = 0; i < ids.length; i += PER_ROW) {
    Object.assign(
      boxes,
      row(ids.slice(i, i + PER_ROW), { x0: LEFT.x0 + PAD, x1: LEFT.x1 - PAD, y: top, h: ROW_H, gap: 10, maxW: 150 }),
    );
    top += ROW_H + GAP;
  }
  return { boxes, bottom: Math.max(y + ROW_H, top - GAP) };
}

function node(id: string, label: string, layer: SceneNode['layer'], box: Box, tone: Tone, opacity = 1): SceneNode {
  const kind = layer === 'front' ? 'frontend' : layer === 'back' ? 'infrastructure' : 'capability';
  return { id, kind, label: fitLabel(label, box), layer, box, tone, opacity };
}

function band(id: string, layer: Band['layer'], label: string, box: Box, tone: Tone = 'base', opacity = 1): Band {
  return { id, layer, label, box, tone, opacity };
}

const labelOf = (id: CapabilityId) => capability(id).label;

/** Names short enough for a box. */
const SHORT_NAMES: Record<PresetId, string> = {
  hema: 'Hema-like',
  rhino: 'Rhino-like',
  'special-edition': 'Special Ed. -like',
};

/** The business's name in the picture: the preset it matches, else "Your business". */
export function businessLabel(evaluation: Evaluation): string {
  const match = presetMatching(evaluation.needs);
  return match ? SHORT_NAMES[match] : 'Your business';
}

export function explorableFrame(evaluation: Evaluation): SceneFrame {
  const shape = platformShape(evaluation.shape);
  const needs = new Set<CapabilityId>(evaluation.needs);
  const nodes: SceneNode[] = [];
  const bands: Band[] = [];

  const front = grid([BUSINESS, ...evaluation.ownFrontEnd], TOP + PAD);
  const frontBottom = front.bottom + PAD;
  bands.push(
    band('x-front', 'front', 'Its own front end', { x: LEFT.x0, y: TOP, w: LEFT.x1 - LEFT.x0, h: frontBottom - TOP }),
  );
  nodes.push(node(BUSINESS, businessLabel(evaluation), 'front', front.boxes[BUSINESS]!, 'accent'));
  for (const id of evaluation.ownFrontEnd) nodes.push(node(id, labelOf(id), 'front', front.boxes[id]!, 'new'));

  const offered = shape.offers.filter((id) => capability(id).layer === 'middle');
  const middleTop = frontBottom + BAND_GAP;
  const middle = grid(offered, middleTop + PAD);
  const pieces = !shape.bundled;
  const platformBox = { x: LEFT.x0, y: middleTop, w: LEFT.x1 - LEFT.x0, h: middle.bottom + PAD - middleTop };
  bands.push(
    band(
      'x-platform',
      'middle',
      pieces ? 'Platform, in pieces' : `Middle platform (${shape.label})`,
      platformBox,
      'base',
      pieces ? 0 : 1,
    ),
  );
  for (const id of offered) {
    const used = needs.has(id);
    const carried = evaluation.carried.includes(id);
    const box = middle.boxes[id]!;
    nodes.push(node(id, labelOf(id), 'middle', box, used ? 'accent' : 'muted', used || carried || !pieces ? 1 : 0.55));
    if (pieces)
      bands.push(band(`x-piece-${id}`, 'middle', '', grow(box, 4), used ? 'accent' : 'muted', used ? 1 : 0.55));
  }

  const backBox = { x: LEFT.x0, y: BOTTOM - (ROW_H + 2 * PAD), w: LEFT.x1 - LEFT.x0, h: ROW_H + 2 * PAD };
  bands.push(band('x-back', 'back', 'Shared back end', backBox));
  const infraBox = { x: LEFT.x0 + PAD, y: backBox.y + PAD, w: backBox.w - 2 * PAD, h: ROW_H };
  nodes.push(node('infra', labelOf('infra'), 'back', infraBox, needs.has('infra') ? 'accent' : 'muted'));

  const anew = [...evaluation.movedUp, ...evaluation.missing.filter((id) => !evaluation.movedUp.includes(id))];
  const anewBox = { x: RIGHT.x0, y: TOP, w: RIGHT.x1 - RIGHT.x0, h: BOTTOM - TOP };
  bands.push(band('x-anew', 'frame', 'Built anew', anewBox, 'new', anew.length ? 1 : 0.6));
  const nothing: Annotation = {
    id: 'x-nothing',
    text: 'Nothing',
    x: RIGHT.x0 + anewBox.w / 2,
    y: TOP + anewBox.h / 2,
    anchor: 'middle',
    tone: 'muted',
    opacity: 1,
  };
  const annotations = anew.length ? [] : [nothing];
  const column_ = column(anew, {
    y0: TOP + 34,
    y1: BOTTOM - PAD,
    x: RIGHT.x0 + PAD,
    w: RIGHT.x1 - RIGHT.x0 - 2 * PAD,
    gap: GAP,
    maxH: ROW_H,
  });
  for (const id of anew) nodes.push(node(id, labelOf(id), capability(id).layer, column_[id]!, 'new'));

  const edges: SceneEdge[] = [
    ...evaluation.met.map((id): SceneEdge => ({
      id: `${BUSINESS}->${id}`,
      from: BUSINESS,
      to: id,
      tone: 'accent',
      opacity: 1,
    })),
    ...anew.map((id): SceneEdge => ({ id: `${BUSINESS}->${id}`, from: BUSINESS, to: id, tone: 'new', opacity: 1 })),
  ];
  return { bands, nodes, edges, annotations };
}
