import { lab, rgb, type LabColor } from 'd3-color';
import {
  diagramVars,
  roleName,
  type DiagramColors,
  type FilledKind,
  type ToneColors,
} from '@/lib/design/diagram-colors';
import type { Layer, NodeKind, Tone, ToneMix } from './types';

export type { ToneColors } from '@/lib/design/diagram-colors';

/**
 * The diagram's colours are named, not spelled out: each is a custom property of the page
 * (`var(--dg-accent-fill)`), which the stylesheet sets for the light or the dark scheme
 * (lib/design/diagram-colors.ts), so one drawing serves both, and the server's markup is right
 * in either before any script has run. A tone half-way through a morph is a `color-mix()` of
 * the two, in Lab as before, so greys and hues pass through no mud. Where no stylesheet applies
 * (a share card drawn to PNG), `resolveColors` writes the values in.
 */
const ref = (name: string) => `var(${name})`;

/** The page the diagram sits on. */
export const PAGE = ref(roleName.page);

/** A weighted blend of colours as CSS: `color-mix(in lab, …)`, nested for more than two. */
function mixCss(weights: ReadonlyArray<readonly [string, number]>): string {
  const live = weights.filter(([, w]) => w > 0);
  if (live.length === 0) return weights[0]?.[0] ?? PAGE;
  if (live.length === 1) return live[0]![0];
  const [first, w] = live[0]!;
  const rest = live.slice(1);
  const total = live.reduce((sum, [, weight]) => sum + weight, 0);
  const share = Math.round((w / total) * 1000) / 10;
  return `color-mix(in lab, ${first} ${share}%, ${mixCss(rest)})`;
}

function weightsOf(tone: Tone, mix: ToneMix | undefined): Array<[Tone, number]> {
  if (!mix) return [[tone, 1]];
  return (Object.entries(mix) as Array<[Tone, number]>).filter(([, w]) => w > 0);
}

function blend(tone: Tone, mix: ToneMix | undefined, pick: (t: Tone) => string): string {
  const weights = weightsOf(tone, mix);
  if (weights.length === 1) return pick(weights[0]![0]);
  return mixCss(weights.map(([t, w]) => [pick(t), w] as const));
}

const toneRef = (tone: Tone, part: keyof ToneColors) => ref(roleName.tone(tone, part));

/** Colours of a node, blending tones while a morph is under way. */
export function nodeColors(kind: NodeKind, tone: Tone, mix?: ToneMix): ToneColors {
  const fill = (t: Tone) =>
    t === 'base' && kind !== 'measure' ? ref(roleName.kindFill(kind as FilledKind)) : toneRef(t, 'fill');
  return {
    stroke: blend(tone, mix, (t) => toneRef(t, 'stroke')),
    fill: blend(tone, mix, fill),
    text: blend(tone, mix, (t) => toneRef(t, 'text')),
  };
}

/** Colours of a band: its layer's fill, or a tint when toned. */
export function bandColors(layer: Layer | 'frame', tone: Tone, mix?: ToneMix): ToneColors {
  const fill = (t: Tone) => ref(t === 'base' ? roleName.bandFill(layer) : roleName.bandTint(t));
  const stroke = (t: Tone) => (t === 'base' ? ref(roleName.bandStroke) : toneRef(t, 'stroke'));
  const text = (t: Tone) => (t === 'base' ? ref(roleName.bandLabel) : toneRef(t, 'text'));
  return { stroke: blend(tone, mix, stroke), fill: blend(tone, mix, fill), text: blend(tone, mix, text) };
}

/** Colour of a line or an annotation. */
export function inkColor(tone: Tone, mix?: ToneMix, role: 'stroke' | 'text' = 'stroke'): string {
  return blend(tone, mix, (t) => toneRef(t, role));
}

/** Colour of an edge: plain lines are a step lighter than box outlines, so boxes lead. */
export function edgeColor(tone: Tone, mix?: ToneMix): string {
  return blend(tone, mix, (t) => toneRef(t === 'base' ? 'muted' : t, 'stroke'));
}

/** The palette's colours in Lab, converted once. */
const inLab = new Map<string, LabColor>();
function labOf(color: string): LabColor {
  let c = inLab.get(color);
  if (c === undefined) {
    c = lab(color);
    inLab.set(color, c);
  }
  return c;
}

/** A weighted blend of colours, mixed in Lab as CSS's `color-mix(in lab, …)` mixes them. */
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
  if (total === 0) return weights[0]?.[0] ?? '#000000';
  return rgb(lab(l / total, a / total, b / total)).formatHex();
}

const VAR = /var\((--dg-[a-z-]+)\)/g;
const MIX = /color-mix\(in lab, (#[0-9a-f]{6}) ([\d.]+)%, (#[0-9a-f]{6})\)/;

/**
 * A colour the drawing wrote, as one scheme draws it: its custom properties replaced by their
 * values and its blends mixed, innermost first. Also works on a whole stretch of markup.
 */
export function resolveColors(css: string, colors: DiagramColors): string {
  const vars = diagramVars(colors);
  let text = css.replace(VAR, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`${whole}: not a colour of the diagram's palette`);
    return value;
  });
  for (let match = MIX.exec(text); match; match = MIX.exec(text)) {
    const [whole, a, share, b] = match as unknown as [string, string, string, string];
    const w = Number(share) / 100;
    text = text.replace(
      whole,
      mixColors([
        [a, w],
        [b, 1 - w],
      ]),
    );
  }
  return text;
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
