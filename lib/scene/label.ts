/**
 * Label metrics, apart from the layout helpers: the renderer needs these on every frame, and
 * importing them must not bring d3-scale (with its number and time formats) into the browser.
 */

/** Node label metrics in viewBox units. At phone width (~0.56 scale) 17 units is ~10 CSS px. */
export const LABEL = { fontSize: 17, lineHeight: 20, padX: 8, padY: 4, charWidth: 0.6 } as const;

/** Band and frame labels: a step smaller than node labels, still legible on a phone. */
export const BAND_LABEL = { fontSize: 16 } as const;

/** An estimate of a label's drawn size: widest line times a typical character width. */
export function labelSize(label: string, fontSize: number = LABEL.fontSize) {
  const lines = label.split('\n');
  const chars = Math.max(...lines.map((line) => line.length));
  return { w: chars * LABEL.charWidth * fontSize, h: lines.length * LABEL.lineHeight };
}
