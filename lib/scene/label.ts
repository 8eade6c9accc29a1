/**
 * Label metrics, apart from the layout helpers: the renderer needs these on every frame, and
 * importing them must not bring d3-scale (with its number and time formats) into the browser.
 */

/**
 * Node label metrics in viewBox units. The phone layout has its own, smaller viewBox, so 17 units
 * stay above 12 CSS px there; a stack drawn smaller on a wide screen scales them (`scale`).
 */
export const LABEL = { fontSize: 17, lineHeight: 20, padX: 8, padY: 4, charWidth: 0.6 } as const;

/** Band and frame labels: a step smaller than node labels, set inside the band's top-left corner. */
export const BAND_LABEL = { fontSize: 16, inset: 12, baseline: 17 } as const;

/** Notes (what a step is about) and the colour key. */
export const NOTE = { fontSize: 16 } as const;

/** An estimate of a label's drawn size: widest line times a typical character width. */
export function labelSize(label: string, fontSize: number = LABEL.fontSize, scale = 1) {
  const lines = label.split('\n');
  const chars = Math.max(...lines.map((line) => line.length));
  return { w: chars * LABEL.charWidth * fontSize * scale, h: lines.length * LABEL.lineHeight * scale };
}
