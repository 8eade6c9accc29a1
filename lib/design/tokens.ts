// Relative, not '@/': Tailwind loads this file through its config, without the path alias.
import { NARROW_VIEWBOX, VIEWBOX } from '../scene/types';
import { DIAGRAM_DARK, DIAGRAM_LIGHT, diagramVars } from './diagram-colors';

/**
 * The design's tokens, defined once: the site's colours in its two schemes, the one breakpoint
 * between the phone and the wide layout, and the diagram's two drawing sizes. Tailwind
 * (`tailwind.config.ts`), the hand-written CSS (through `app/styles/tokens.css`, generated from
 * this file by `scripts/design/write-tokens-css.ts`), the diagram's palette, the share cards and
 * the tests read them from here.
 */
export const COLORS = {
  /** The warm paper every page and diagram sits on. */
  paper: '#fbfaf7',
  /** Body text. */
  ink: '#1f2328',
  inkSoft: '#4a5058',
  inkFaint: '#6b7079',
  /** Hairlines and borders. */
  rule: '#dcd8cf',
  /** Links, focus, the active step: one ink blue. */
  accent: '#1d4f91',
  accentDeep: '#163e73',
  accentSoft: '#e6edf7',
  /** What is built anew. */
  new: '#2f6b4f',
  /** Strain. */
  warn: '#a4452b',
  /** Cards, buttons and fields raised off the paper. */
  surface: '#ffffff',
  /** Text on a filled accent button. */
  onAccent: '#ffffff',
} as const;

export type ColorName = keyof typeof COLORS;

/**
 * The same roles at night: a warm near-black paper rather than an inverted page, light inks a
 * step short of white (full white glares on a dark ground), and the accent, green and rust
 * lifted and softened so that they read on dark without vibrating. Every text token reads at
 * 4.5:1 on the paper and on a surface (tests/unit/design-tokens.test.ts).
 */
export const COLORS_DARK: Record<ColorName, string> = {
  paper: '#181715',
  ink: '#ebe7df',
  inkSoft: '#c3bdb3',
  inkFaint: '#a09a90',
  rule: '#3b3833',
  accent: '#93b6ea',
  accentDeep: '#b9d0f3',
  accentSoft: '#1f2a3b',
  new: '#82c8a0',
  warn: '#ec9f81',
  surface: '#211f1c',
  onAccent: '#15140f',
};

/** Widths from this many CSS pixels up get the wide layout (prose beside a sticky diagram). */
export const WIDE_MIN = 768;
/** The widest screen that gets the phone layout and the phone drawing. */
export const NARROW_MAX = WIDE_MIN - 1;

/** The diagram's wide and phone drawings, in SVG user units. */
export const DIAGRAM = { wide: VIEWBOX, narrow: NARROW_VIEWBOX } as const;

/** `inkSoft` → `ink-soft`: a token's name in CSS and in Tailwind's classes. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A token as CSS reads it: `var(--color-ink-soft)`. Tailwind's colours are these, so they follow the scheme. */
export const colorVar = (name: ColorName) => `var(--color-${kebab(name)})`;

/** One scheme's custom properties, site and diagram, indented for a rule. */
function schemeLines(site: Record<ColorName, string>, diagram: Record<string, string>, scheme: 'light' | 'dark') {
  return [
    `  color-scheme: ${scheme};`,
    ...Object.entries(site).map(([name, value]) => `  --color-${kebab(name)}: ${value};`),
    ...Object.entries(diagram).map(([name, value]) => `  ${name}: ${value};`),
  ];
}

/**
 * The generated stylesheet that hands the tokens to the CSS in `app/styles/`. The light scheme
 * is the default; the dark one applies when the reader chose it (`data-theme="dark"` on the
 * root, set before the first paint by the theme script) or when the system asks for it and the
 * reader did not choose light. Print is always light.
 */
export function tokensCss(): string {
  const light = schemeLines(COLORS, diagramVars(DIAGRAM_LIGHT), 'light');
  const dark = schemeLines(COLORS_DARK, diagramVars(DIAGRAM_DARK), 'dark');
  return [
    '/* Generated from lib/design/tokens.ts by scripts/design/write-tokens-css.ts: edit those, not this. */',
    '',
    '/* The breakpoint, for media queries: @media (width >= theme(--breakpoint-wide)). */',
    '@theme {',
    `  --breakpoint-wide: ${WIDE_MIN / 16}rem;`,
    '}',
    '',
    ':root {',
    ...light,
    `  --diagram-wide-ratio: ${DIAGRAM.wide.width} / ${DIAGRAM.wide.height};`,
    `  --diagram-narrow-ratio: ${DIAGRAM.narrow.width} / ${DIAGRAM.narrow.height};`,
    '}',
    '',
    ":root[data-theme='dark'] {",
    ...dark,
    '}',
    '',
    '@media (prefers-color-scheme: dark) {',
    "  :root:not([data-theme='light']) {",
    ...dark.map((line) => `  ${line}`),
    '  }',
    '}',
    '',
    '/* Paper is white: a printed chapter is always in the light scheme. */',
    '@media print {',
    '  :root:root {',
    ...light.map((line) => `  ${line}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
