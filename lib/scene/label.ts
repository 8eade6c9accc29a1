/**
 * Label metrics, apart from the layout helpers: the renderer needs these on every frame, and
 * importing them must not bring d3-scale (with its number and time formats) into the browser.
 */

/**
 * Node label metrics in viewBox units. The phone layout has its own, smaller viewBox, so 17 units
 * stay above 12 CSS px there; a stack drawn smaller on a wide screen scales them (`scale`).
 * `charWidth` is a Latin character's typical advance; a CJK character takes `wideWidth` (1 em).
 */
export const LABEL = { fontSize: 17, lineHeight: 20, padX: 8, padY: 4, charWidth: 0.6, wideWidth: 1 } as const;

/** Band and frame labels: a step smaller than node labels, set inside the band's top-left corner. */
export const BAND_LABEL = { fontSize: 16, inset: 12, baseline: 17 } as const;

/** Notes (what a step is about) and the colour key. */
export const NOTE = { fontSize: 16, lineHeight: 20 } as const;

/** A numbered point's disc, before its note: its radius, and the room it takes before the text. */
export const POINT = { r: 10, room: 26 } as const;

/**
 * Characters set a full em wide: CJK ideographs, kana, hangul, CJK symbols and punctuation
 * (、。「」), and the full-width forms (，：（）？). Curly quotes are not among them: the site's
 * own faces draw “ ” ’ in Chinese text too, at a Latin width.
 */
export const WIDE_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/u;

/** A line's estimated drawn width in em: Latin characters `charWidth` each, CJK ones `wideWidth`. */
export function textEms(line: string): number {
  let latin = 0;
  let wide = 0;
  for (const char of line) {
    if (WIDE_CHAR.test(char)) wide += 1;
    else latin += 1;
  }
  // Counted apart and multiplied once, so that a Latin line measures exactly as it always has.
  return latin * LABEL.charWidth + wide * LABEL.wideWidth;
}

/** An estimate of a label's drawn size: widest line (in em, by `textEms`) by its number of lines. */
export function labelSize(label: string, fontSize: number = LABEL.fontSize, scale = 1) {
  const lines = label.split('\n');
  const ems = Math.max(...lines.map(textEms));
  return { w: ems * fontSize * scale, h: lines.length * LABEL.lineHeight * scale };
}
