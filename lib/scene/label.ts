import { ADVANCE_RANGES, ADVANCE_UNITS, ADVANCES } from './inter-advances';

/**
 * Label metrics, apart from the layout helpers: the renderer needs these on every frame, and
 * importing them must not bring d3-scale (with its number and time formats) into the browser.
 *
 * The diagram is set in the site's Inter (DiagramSvg names it), and its words are measured with
 * Inter's own advance widths (./inter-advances.ts, read from the font), so a label wraps and a box
 * fits the same on every reader's machine. Kerning is left out: Inter's pairs mostly tighten, so
 * a line measured without them is never narrower than it is drawn.
 */

/** A weight the diagram draws at: the key (400), a service's label (500), the rest (600). */
export type Weight = keyof typeof ADVANCES;

/**
 * How a text is measured: at one weight, or `'label'`, a node label, drawn at 500 (a service) or
 * 600 (a front end) and measured at the wider of the two for each character, so that a label
 * that fits one kind of box fits the other.
 */
export type Measure = Weight | 'label';

/**
 * The type scale: node labels 17 units, everything else (band labels, notes, the key) 16.
 *
 * Node labels in viewBox units. The phone layout has its own, smaller viewBox, so 17 units stay
 * above 12 CSS px there; a stack drawn smaller on a wide screen scales them (`scale`). A label
 * keeps `padX` and `padY` clear inside its box; a CJK character takes `wideWidth` (1 em).
 */
export const LABEL = {
  fontSize: 17,
  lineHeight: 20,
  padX: 8,
  padY: 4,
  wideWidth: 1,
  weight: 500,
  frontWeight: 600,
} as const;

/** Band and frame labels: a step smaller than node labels, set inside the band's top-left corner. */
export const BAND_LABEL = { fontSize: 16, inset: 12, baseline: 17, weight: 600 } as const;

/** Notes (what a step is about), italic; a note in the side column runs over several lines. */
export const NOTE = { fontSize: 16, weight: 600, lineHeight: 20 } as const;

/** A numbered point's disc, before its note: its radius, and the room it takes before the text. */
export const POINT = { r: 10, room: 26 } as const;

/** The colour key's words. */
export const KEY_TEXT = { fontSize: NOTE.fontSize, weight: 400 } as const;

/**
 * Characters set a full em wide: CJK ideographs, kana, hangul, CJK symbols and punctuation
 * (、。「」), and the full-width forms (，：（）？).
 */
export const WIDE_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/u;

/**
 * Punctuation that the Chinese edition draws in its CJK face, a full em wide (the 'CJK
 * Punctuation' face of lang-zh.css: — ‘ ’ “ ” …). Counted wide in a line that has CJK in it.
 */
const CJK_PUNCTUATION = /[\u2014\u2018\u2019\u201c\u201d\u2026]/u;

/** A character outside Inter's table (drawn by a system face): the old estimate's 0.6 em. */
const FALLBACK_EM = 0.6;

/** Each weight's advances in em by code point, decoded from the table the first time it is used. */
const decoded = new Map<Measure, Map<number, number>>();
function advances(measure: Measure): Map<number, number> {
  let table = decoded.get(measure);
  if (table) return table;
  if (measure === 'label') {
    const [service, front] = [advances(LABEL.weight), advances(LABEL.frontWeight)];
    table = new Map([...service].map(([code, em]) => [code, Math.max(em, front.get(code) ?? em)]));
  } else {
    table = new Map();
    const digits = ADVANCES[measure];
    let at = 0;
    for (const [from, to] of ADVANCE_RANGES) {
      for (let code = from; code <= to; code += 1, at += 3) {
        const units = parseInt(digits.slice(at, at + 3), 36);
        if (units < 36 ** 3 - 1) table.set(code, units / ADVANCE_UNITS);
      }
    }
  }
  decoded.set(measure, table);
  return table;
}

/** A line's drawn width in em: Inter's advances, CJK characters a full em. */
export function textEms(line: string, measure: Measure = 'label'): number {
  const table = advances(measure);
  const cjk = WIDE_CHAR.test(line);
  let ems = 0;
  for (const char of line) {
    if (WIDE_CHAR.test(char) || (cjk && CJK_PUNCTUATION.test(char))) ems += LABEL.wideWidth;
    else ems += table.get(char.codePointAt(0)!) ?? FALLBACK_EM;
  }
  return ems;
}

/** A label's drawn size: its widest line (by `textEms`) by its number of lines. */
export function labelSize(label: string, fontSize: number = LABEL.fontSize, scale = 1, measure: Measure = 'label') {
  const lines = label.split('\n');
  const ems = Math.max(...lines.map((line) => textEms(line, measure)));
  return { w: ems * fontSize * scale, h: lines.length * LABEL.lineHeight * scale };
}
