// Relative, not '@/': Tailwind loads this file through its config, without the path alias.
import { NARROW_VIEWBOX, VIEWBOX } from '../scene/types';

/**
 * The design's tokens, defined once: the site's colours, the one breakpoint between the phone
 * and the wide layout, and the diagram's two drawing sizes. Tailwind (`tailwind.config.ts`),
 * the hand-written CSS (through `app/styles/tokens.css`, generated from this file by
 * `scripts/design/write-tokens-css.ts`), the diagram's palette, the share cards and the tests
 * read them from here.
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
  white: '#ffffff',
} as const;

/** Widths from this many CSS pixels up get the wide layout (prose beside a sticky diagram). */
export const WIDE_MIN = 768;
/** The widest screen that gets the phone layout and the phone drawing. */
export const NARROW_MAX = WIDE_MIN - 1;

/** The diagram's wide and phone drawings, in SVG user units. */
export const DIAGRAM = { wide: VIEWBOX, narrow: NARROW_VIEWBOX } as const;

/** `inkSoft` → `ink-soft`: a token's name in CSS and in Tailwind's classes. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The generated stylesheet that hands the tokens to the CSS in `app/styles/`. */
export function tokensCss(): string {
  const colors = Object.entries(COLORS).map(([name, value]) => `  --color-${kebab(name)}: ${value};`);
  return [
    '/* Generated from lib/design/tokens.ts by scripts/design/write-tokens-css.ts: edit those, not this. */',
    '',
    '/* The breakpoint, for media queries: @media (width >= theme(--breakpoint-wide)). */',
    '@theme {',
    `  --breakpoint-wide: ${WIDE_MIN / 16}rem;`,
    '}',
    '',
    ':root {',
    ...colors,
    `  --diagram-wide-ratio: ${DIAGRAM.wide.width} / ${DIAGRAM.wide.height};`,
    `  --diagram-narrow-ratio: ${DIAGRAM.narrow.width} / ${DIAGRAM.narrow.height};`,
    '}',
    '',
  ].join('\n');
}
