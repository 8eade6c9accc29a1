import { interpolateNumber, interpolateObject } from 'd3-interpolate';
import { inSteps } from './steps';
import type { Annotation, Band, Box, SceneEdge, SceneFrame, SceneNode, Tone, ToneMix } from './types';

interface Toned {
  id: string;
  tone: Tone;
  opacity: number;
  toneMix?: ToneMix;
}

type Between<T> = (t: number) => T;

const clamp = (t: number) => (t > 0 ? (t < 1 ? t : 1) : 0);
const pick = <V>(a: V, b: V, t: number) => (t < 0.5 ? a : b);

function weights(el: Toned): ToneMix {
  return el.toneMix ?? { [el.tone]: 1 };
}

/** Blends two elements' tones: the dominant tone, plus the weights while more than one shows. */
function blendTones(a: Toned, b: Toned): (t: number) => { tone: Tone; toneMix?: ToneMix } {
  const wa = weights(a);
  const wb = weights(b);
  const tones = [...new Set([...Object.keys(wa), ...Object.keys(wb)])] as Tone[];
  if (tones.length === 1) return () => ({ tone: tones[0]! });
  return (t) => {
    const mix: ToneMix = {};
    let tone: Tone = pick(a.tone, b.tone, t);
    for (const k of tones) {
      mix[k] = (1 - t) * (wa[k] ?? 0) + t * (wb[k] ?? 0);
      if ((mix[k] ?? 0) > (mix[tone] ?? 0)) tone = k;
    }
    return { tone, toneMix: mix };
  };
}

/**
 * Shared parts of every element: opacity and tone. A colour blend's progress moves in steps of
 * 0.05 (`inSteps`): a new colour is a new fill or stroke to restyle and, for text, to paint again.
 */
function common(a: Toned, b: Toned) {
  const opacity = interpolateNumber(a.opacity, b.opacity);
  const tone = blendTones(a, b);
  return (t: number) => ({ opacity: opacity(t), ...tone(inSteps(t)) });
}

function boxes(a: Box, b: Box): Between<Box> {
  const at = interpolateObject<Box>(a, b);
  // d3 reuses one result object across calls; frames must not share it.
  return (t) => ({ ...at(t) });
}

/** A label's scale between two elements; unset (1) stays unset so that most frames carry none. */
function scaleBetween(a: { scale?: number }, b: { scale?: number }): (t: number) => { scale?: number } {
  if (a.scale === undefined && b.scale === undefined) return () => ({});
  const s = interpolateNumber(a.scale ?? 1, b.scale ?? 1);
  return (t) => ({ scale: s(t) });
}

function nodeBetween(a: SceneNode, b: SceneNode): Between<SceneNode> {
  const box = boxes(a.box, b.box);
  const rest = common(a, b);
  const scale = scaleBetween(a, b);
  return (t) => {
    const s = pick(a, b, t);
    return { id: b.id, kind: s.kind, label: s.label, layer: s.layer, box: box(t), ...rest(t), ...scale(t) };
  };
}

function bandBetween(a: Band, b: Band): Between<Band> {
  const box = boxes(a.box, b.box);
  const rest = common(a, b);
  const scale = scaleBetween(a, b);
  return (t) => {
    const s = pick(a, b, t);
    const out: Band = { id: b.id, layer: s.layer, label: s.label, box: box(t), ...rest(t), ...scale(t) };
    return s.labelAt ? { ...out, labelAt: s.labelAt } : out;
  };
}

function edgeBetween(a: SceneEdge, b: SceneEdge): Between<SceneEdge> {
  const rest = common(a, b);
  return (t) => {
    const s = pick(a, b, t);
    return { id: b.id, from: s.from, to: s.to, ...rest(t) };
  };
}

function annotationBetween(a: Annotation, b: Annotation): Between<Annotation> {
  const x = interpolateNumber(a.x, b.x);
  const y = interpolateNumber(a.y, b.y);
  const rest = common(a, b);
  // A leader line grows from (or shrinks into) its note when only one side has it.
  const from = a.to ?? b.to ?? { x: a.x, y: a.y };
  const to = b.to ?? a.to ?? { x: b.x, y: b.y };
  const lx = interpolateNumber(a.to ? from.x : a.x, b.to ? to.x : b.x);
  const ly = interpolateNumber(a.to ? from.y : a.y, b.to ? to.y : b.y);
  const leader = a.to || b.to;
  return (t) => {
    const s = pick(a, b, t);
    const out: Annotation = {
      id: b.id,
      text: s.text,
      x: x(t),
      y: y(t),
      anchor: s.anchor,
      ...(s.point ? { point: s.point } : {}),
      ...rest(t),
    };
    return leader ? { ...out, to: { x: lx(t), y: ly(t) } } : out;
  };
}

/**
 * Whether two elements with one id would draw the same: plain data, compared field by field (a
 * morph's start compares every element, and writing each out as JSON cost a slow phone's frame).
 */
function sameElement(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameElement((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Matches two lists by id. Kept elements morph; entering ones fade in at their target place;
 * leaving ones fade out where they are. Order: `b`'s elements, then the leaving ones.
 */
function interpolateList<T extends Toned>(
  as: readonly T[],
  bs: readonly T[],
  between: (a: T, b: T) => Between<T>,
): Between<T[]> {
  const inA = new Map(as.map((el) => [el.id, el]));
  const inB = new Set(bs.map((el) => el.id));
  const kept = bs.map((b) => {
    const a = inA.get(b.id);
    // An element the morph does not change is handed on as it is, the same object every frame,
    // so the renderer can tell it has nothing to redraw.
    if (a && sameElement(a, b)) return { from: a, to: b, at: () => b };
    const from = a ?? { ...b, opacity: 0 };
    return { from, to: b, at: between(from, b) };
  });
  const leaving = as
    .filter((a) => !inB.has(a.id))
    .map((a) => ({ from: a, to: a, at: between(a, { ...a, opacity: 0 }) }));
  const all = [...kept, ...leaving];
  return (t) => {
    if (t >= 1) return [...bs];
    if (t <= 0) return all.map((el) => el.from);
    return all.map((el) => el.at(t));
  };
}

/**
 * A pure function of `t` (clamped to 0..1) from frame `a` to frame `b`: at 0 every element of
 * `a` is as it was (entering ones at opacity 0), at 1 the frame equals `b`. Works between any two
 * frames, including a half-finished in-between frame, so an interrupted morph never jumps.
 */
export function interpolateScene(a: SceneFrame, b: SceneFrame): (t: number) => SceneFrame {
  const bands = interpolateList(a.bands, b.bands, bandBetween);
  const nodes = interpolateList(a.nodes, b.nodes, nodeBetween);
  const edges = interpolateList(a.edges, b.edges, edgeBetween);
  const annotations = interpolateList(a.annotations, b.annotations, annotationBetween);
  return (raw) => {
    const t = clamp(raw);
    const page = (a.page ?? 1) + ((b.page ?? 1) - (a.page ?? 1)) * t;
    const frame = {
      bands: bands(t),
      nodes: nodes(t),
      edges: edges(t),
      annotations: annotations(t),
      ...(page === 1 ? {} : { page }),
    };
    // Words do not morph: a frame speaks the language of the scene it is heading for.
    return b.lang ? { ...frame, lang: b.lang } : frame;
  };
}
