import { lab, rgb, type LabColor } from 'd3-color';
import { COLORS } from '@/lib/design/tokens';
import type { Layer, NodeKind, Tone, ToneMix } from './types';

/** The page the diagram sits on, and the ink of its text. */
export const PAGE = COLORS.paper;
const INK = '#2a2724';

/** One tone's colours: `stroke` for outlines and lines, `fill` for boxes, `text` for labels. */
export interface ToneColors {
  stroke: string;
  fill: string;
  text: string;
}

/**
 * Warm greys for the platform, one ink blue for focus, one green for what is built anew, one
 * rust for strain. Every `text` reads at 4.5:1 on its `fill` and on the page; every `stroke`
 * at 3:1 on the page (checked by a unit test).
 */
export const TONES: Record<Tone, ToneColors> = {
  base: { stroke: '#6f685e', fill: '#ffffff', text: INK },
  muted: { stroke: '#8f897e', fill: '#f4f2ed', text: '#524c44' },
  accent: { stroke: '#24579b', fill: '#e9f0f9', text: '#1b3f70' },
  new: { stroke: '#2f7043', fill: '#e8f3ea', text: '#20502e' },
  warn: { stroke: '#a34a23', fill: '#f9ece4', text: '#7a3517' },
};

/** Band fills: the middle band is the deepest, so its size reads first. */
export const BAND_FILL: Record<Layer | 'frame', string> = {
  front: '#f1eee7',
  middle: '#e2dbcd',
  back: '#ebe7df',
  frame: '#fdfcfa',
};

/** Tinted band fills for toned bands (a cracked platform, an independent stack). */
const BAND_TINT: Record<Tone, string | null> = {
  base: null,
  muted: '#f3f1ec',
  accent: '#e6edf7',
  new: '#e6f2e8',
  warn: '#f7e6dc',
};

/** Text colour for band labels, on the page or on a band fill. */
export const BAND_LABEL_INK = '#48433b';

/** Node fills by kind for the base tone: front ends white, the platform's services warm grey. */
const BASE_FILL: Record<NodeKind, string> = {
  frontend: '#ffffff',
  capability: '#faf8f4',
  infrastructure: '#f2efe8',
  stack: '#ffffff',
  company: '#f2efe8',
  initiative: '#ffffff',
  measure: 'none',
};

/** The palette's colours in Lab, converted once: a morph blends them in every frame. */
const inLab = new Map<string, LabColor>();
function labOf(color: string): LabColor {
  let c = inLab.get(color);
  if (c === undefined) {
    c = lab(color);
    inLab.set(color, c);
  }
  return c;
}

/** A weighted blend of colours, mixed in Lab so that greys and hues pass through no mud. */
export function mixColors(weights: ReadonlyArray<readonly [string, number]>): string {
  let l = 0;
  let a = 0;
  let b = 0;
  let total = 0;
  for (const [color, w] of weights) {
    if (w <= 0) continue;
    const c = labOf(color);
    l += c.l * w;
    a += c.a * w;
    b += c.b * w;
    total += w;
  }
  if (total === 0) return weights[0]?.[0] ?? INK;
  return rgb(lab(l / total, a / total, b / total)).formatHex();
}

function weightsOf(tone: Tone, mix: ToneMix | undefined): Array<[Tone, number]> {
  if (!mix) return [[tone, 1]];
  return (Object.entries(mix) as Array<[Tone, number]>).filter(([, w]) => w > 0);
}

function blend(tone: Tone, mix: ToneMix | undefined, pick: (t: Tone) => string): string {
  const weights = weightsOf(tone, mix);
  if (weights.length === 1) return pick(weights[0]![0]);
  return mixColors(weights.map(([t, w]) => [pick(t), w] as const));
}

/** Colours of a node, blending tones while a morph is under way. */
export function nodeColors(kind: NodeKind, tone: Tone, mix?: ToneMix): ToneColors {
  const fill = (t: Tone) => (t === 'base' ? BASE_FILL[kind] : TONES[t].fill);
  return {
    stroke: blend(tone, mix, (t) => TONES[t].stroke),
    fill: blend(tone, mix, fill),
    text: blend(tone, mix, (t) => TONES[t].text),
  };
}

/** Colours of a band: its layer's fill, or a tint when toned. */
export function bandColors(layer: Layer | 'frame', tone: Tone, mix?: ToneMix): ToneColors {
  const fill = (t: Tone) => BAND_TINT[t] ?? BAND_FILL[layer];
  const stroke = (t: Tone) => (t === 'base' ? '#d6d0c4' : TONES[t].stroke);
  const text = (t: Tone) => (t === 'base' ? BAND_LABEL_INK : TONES[t].text);
  return { stroke: blend(tone, mix, stroke), fill: blend(tone, mix, fill), text: blend(tone, mix, text) };
}

/** Colour of a line or an annotation. */
export function inkColor(tone: Tone, mix?: ToneMix, role: 'stroke' | 'text' = 'stroke'): string {
  return blend(tone, mix, (t) => TONES[t][role]);
}

/** Colour of an edge: plain lines are a step lighter than box outlines, so boxes lead. */
export function edgeColor(tone: Tone, mix?: ToneMix): string {
  return blend(tone, mix, (t) => TONES[t === 'base' ? 'muted' : t].stroke);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const c = rgb(color);
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
