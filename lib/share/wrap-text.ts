import { WIDE_CHAR } from '@/lib/scene/label';
import { breakPieces } from '@/lib/scene/wrap-label';

/**
 * Width in thirds of a Latin character: a Latin character is 3, a CJK one 5 (1 em against 0.6),
 * whole numbers so that an English line measures exactly its length, as it always has.
 */
function units(text: string): number {
  let n = 0;
  for (const char of text) n += WIDE_CHAR.test(char) ? 5 : 3;
  return n;
}

/**
 * Greedy word wrap to at most `width` characters a line (a long word gets a line of its own).
 * Chinese breaks between characters, by the label rules (no line starts with ，。 or ends with “),
 * each character counted as 5/3 of a Latin one.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = WIDE_CHAR.test(word) ? breakPieces(word) : [word];
    parts.forEach((part, i) => {
      const next = line ? `${line}${i === 0 ? ' ' : ''}${part}` : part;
      if (line && units(next) > width * 3) {
        lines.push(line);
        line = part;
      } else {
        line = next;
      }
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps to at most `maxLines` lines, ending the last with an ellipsis when text was cut. */
export function wrapLines(text: string, width: number, maxLines: number): string[] {
  const lines = wrapText(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,;:.，、；：。]+$/, '')}…`;
  return kept;
}
