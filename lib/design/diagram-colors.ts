// Relative, not '@/': Tailwind loads this file (through tokens.ts) without the path alias.
import type { Layer, NodeKind, Tone } from '../scene/types';

/** One tone's colours: `stroke` for outlines and lines, `fill` for boxes, `text` for labels. */
export interface ToneColors {
  stroke: string;
  fill: string;
  text: string;
}

/** A kind of box that has a fill (a bracket has none). */
export type FilledKind = Exclude<NodeKind, 'measure'>;

/** Every colour the diagram draws with, by role: one of these per scheme. */
export interface DiagramColors {
  /** The page the diagram sits on (a note's halo is drawn in it). */
  page: string;
  tones: Record<Tone, ToneColors>;
  /** Box fills by kind in the base tone. */
  kindFill: Record<FilledKind, string>;
  /** Band fills: the middle band stands out most, so its size reads first. */
  bandFill: Record<Layer | 'frame', string>;
  /** Tinted band fills for toned bands (a cracked platform, an independent stack). */
  bandTint: Record<Exclude<Tone, 'base'>, string>;
  /** A base band's edge, and its label's ink. */
  bandStroke: string;
  bandLabel: string;
}

/**
 * Warm greys for the platform, one ink blue for what is reused, one green for what is built
 * anew, one rust for strain. Every `text` reads at 4.5:1 on its `fill` and on the page; every
 * `stroke` at 3:1 on the page (tests/unit/scene-palette.test.ts, over what the scenes draw).
 */
export const DIAGRAM_LIGHT: DiagramColors = {
  page: '#fbfaf7',
  tones: {
    base: { stroke: '#6f685e', fill: '#ffffff', text: '#2a2724' },
    muted: { stroke: '#7f796f', fill: '#f4f2ed', text: '#524c44' },
    accent: { stroke: '#24579b', fill: '#e9f0f9', text: '#1b3f70' },
    new: { stroke: '#2f7043', fill: '#e8f3ea', text: '#20502e' },
    warn: { stroke: '#a34a23', fill: '#f9ece4', text: '#7a3517' },
  },
  kindFill: {
    frontend: '#ffffff',
    capability: '#faf8f4',
    infrastructure: '#f2efe8',
    stack: '#ffffff',
    company: '#f2efe8',
    initiative: '#ffffff',
  },
  bandFill: { front: '#f1eee7', middle: '#e2dbcd', back: '#ebe7df', frame: '#fdfcfa' },
  bandTint: { muted: '#f3f1ec', accent: '#e6edf7', new: '#e6f2e8', warn: '#f7e6dc' },
  bandStroke: '#d6d0c4',
  bandLabel: '#48433b',
};

/**
 * The same roles for a dark page, designed rather than inverted. The ground is a warm
 * near-black; the middle band is the lightest band, so that on dark as on paper it is the mass
 * the eye meets first; boxes sit a step lighter than their bands. The three meaningful hues are
 * lifted and desaturated (a saturated blue, green or rust vibrates on black), and a box in one of
 * them is as light as a plain box or lighter, so that it stands forward rather than sinks; each
 * is kept in its own hue so that "reused", "built anew" and "under strain" mean what they mean in daylight,
 * and in the same order of emphasis: strain the warmest and brightest, faded the dimmest.
 */
export const DIAGRAM_DARK: DiagramColors = {
  page: '#181715',
  tones: {
    base: { stroke: '#a0998d', fill: '#2a2824', text: '#ede9e2' },
    muted: { stroke: '#817b71', fill: '#22211e', text: '#b5aea2' },
    accent: { stroke: '#7fa5de', fill: '#263a59', text: '#c6d9f5' },
    new: { stroke: '#6db488', fill: '#234030', text: '#b0e3c0' },
    warn: { stroke: '#e48d69', fill: '#4a2a1f', text: '#f8c4ac' },
  },
  kindFill: {
    frontend: '#2b2925',
    capability: '#3a3731',
    infrastructure: '#2f2d29',
    stack: '#2b2925',
    company: '#2f2d29',
    initiative: '#2b2925',
  },
  bandFill: { front: '#22211e', middle: '#312e29', back: '#262522', frame: '#1d1c1a' },
  bandTint: { muted: '#201f1c', accent: '#1c2940', new: '#1b2e22', warn: '#35211a' },
  bandStroke: '#45413a',
  bandLabel: '#cfc8bc',
};

/** A role's custom property: `--dg-accent-fill`, `--dg-band-middle`, `--dg-fill-frontend`. */
export const roleName = {
  page: '--dg-page',
  tone: (tone: Tone, part: keyof ToneColors) => `--dg-${tone}-${part}`,
  kindFill: (kind: FilledKind) => `--dg-fill-${kind}`,
  bandFill: (layer: Layer | 'frame') => `--dg-band-${layer}`,
  bandTint: (tone: Exclude<Tone, 'base'>) => `--dg-tint-${tone}`,
  bandStroke: '--dg-band-stroke',
  bandLabel: '--dg-band-label',
} as const;

/** Every role of a palette as custom properties, for the stylesheet. */
export function diagramVars(colors: DiagramColors): Record<string, string> {
  const vars: Record<string, string> = { [roleName.page]: colors.page };
  for (const [tone, parts] of Object.entries(colors.tones) as Array<[Tone, ToneColors]>)
    for (const [part, value] of Object.entries(parts) as Array<[keyof ToneColors, string]>)
      vars[roleName.tone(tone, part)] = value;
  for (const [kind, value] of Object.entries(colors.kindFill) as Array<[FilledKind, string]>)
    vars[roleName.kindFill(kind)] = value;
  for (const [layer, value] of Object.entries(colors.bandFill) as Array<[Layer | 'frame', string]>)
    vars[roleName.bandFill(layer)] = value;
  for (const [tone, value] of Object.entries(colors.bandTint) as Array<[Exclude<Tone, 'base'>, string]>)
    vars[roleName.bandTint(tone)] = value;
  vars[roleName.bandStroke] = colors.bandStroke;
  vars[roleName.bandLabel] = colors.bandLabel;
  return vars;
}
