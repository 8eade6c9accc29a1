// Writes lib/scene/inter-advances.ts: Inter's advance widths for every character the site's Inter
// subset carries (scripts/fonts/charset.mjs), at the weights the diagram draws, so that labels
// are wrapped and boxes fitted to the face they are drawn in (a unit test fails when it is stale).
// The static instances of @expo-google-fonts/inter, which the share cards draw with, are the same
// design as the variable app/fonts/inter-roman.woff2 the pages use: their advances agree with it
// in Chromium to 0.0005 em, and tests/e2e/fonts.spec.ts measures drawn labels against the table.
// Run by hand when the font or the character set changes: `npx tsx scripts/fonts/write-label-metrics.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_RANGES } from './charset.mjs';
import { format, resolveConfig } from 'prettier';
import { advancesInEm, letterHeightsInEm } from './ttf-advances';

const require = createRequire(import.meta.url);

/** The weights the diagram draws: the key (400), service labels (500), front ends, bands and notes (600). */
const STATIC = { 400: '400Regular', 500: '500Medium', 600: '600SemiBold' } as const;

/** Advances are written in font units: Inter has 2048 a em, and three base-36 digits hold any. */
const UNITS_PER_EM = 2048;

/** Written for a character the font has no glyph for (the soft hyphen, which is never drawn). */
const MISSING = 'zzz';

export const LABEL_METRICS_FILE = 'lib/scene/inter-advances.ts';

const fontFile = (weight: keyof typeof STATIC) =>
  require.resolve(`@expo-google-fonts/inter/${STATIC[weight]}/Inter_${STATIC[weight]}.ttf`);

const codes = () => FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** One weight's advances as three base-36 digits each, in font units, in the ranges' order. */
function encoded(weight: keyof typeof STATIC): string {
  const ems = advancesInEm(new Uint8Array(readFileSync(fontFile(weight))), codes());
  return ems
    .map((em) => {
      if (em === undefined) return MISSING;
      const units = Math.round(em * UNITS_PER_EM);
      if (Math.abs(units / UNITS_PER_EM - em) > 1e-9) throw new Error('Inter is no longer 2048 units a em');
      return units.toString(36).padStart(3, '0');
    })
    .join('');
}

/** The module's source, as committed (formatted as the repository's Prettier formats it). */
export async function labelMetricsSource(): Promise<string> {
  const heights = letterHeightsInEm(new Uint8Array(readFileSync(fontFile(500))));
  const ranges = FONT_RANGES.map(([from, to]) => `[0x${from.toString(16)}, 0x${to.toString(16)}]`).join(', ');
  const tables = Object.keys(STATIC)
    .map((weight) => `  ${weight}: '${encoded(Number(weight) as keyof typeof STATIC)}',`)
    .join('\n');
  const source = `// Written by scripts/fonts/write-label-metrics.ts from Inter's hmtx tables; do not edit.

/** The code points measured, as inclusive ranges: the characters the site's Inter carries. */
export const ADVANCE_RANGES: ReadonlyArray<readonly [number, number]> = [${ranges}];

/** Font units a em: an advance of 1229 units is 0.6 em. */
export const ADVANCE_UNITS = ${UNITS_PER_EM};

/** The capitals' height in em (OS/2 sCapHeight): how far a line's letters stand above its baseline. */
export const CAP_HEIGHT = ${heights.capHeight};

/** The descenders' depth in em (OS/2 sTypoDescender): how far a line's letters reach below it. */
export const DESCENDER = ${heights.descender};

/**
 * By weight, each code point's advance in font units, in three base-36 digits, in the ranges'
 * order; \`${MISSING}\` for one the font has no glyph for.
 */
export const ADVANCES = {
${tables}
} as const;
`;
  const file = path.join(process.cwd(), LABEL_METRICS_FILE);
  return format(source, { ...(await resolveConfig(file)), filepath: file });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(path.join(process.cwd(), LABEL_METRICS_FILE), await labelMetricsSource());
  console.log(`label metrics written to ${LABEL_METRICS_FILE}`);
}
