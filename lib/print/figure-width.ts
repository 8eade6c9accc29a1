/** The smallest a diagram word may print, in points (the issue's 8 pt, and a little to spare). */
export const PRINT_MIN_TEXT_PT = 8.25;

/**
 * How wide a printed figure must be, in points, for a drawing `viewBoxWidth` units wide whose
 * smallest text is `smallest` units to print that text at `minPt`. The page's CSS keeps it
 * within the page; a figure with no text needs no width of its own (0).
 */
export function printFigureWidth(smallest: number, viewBoxWidth: number, minPt = PRINT_MIN_TEXT_PT): number {
  if (!Number.isFinite(smallest) || smallest <= 0) return 0;
  return Math.ceil((viewBoxWidth * minPt) / smallest);
}

/** A text as a CSS string: quoted, with quotes, backslashes, line ends and `<` escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
