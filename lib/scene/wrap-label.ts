import { textEms } from './label';

/**
 * Line breaking for labels in any of the explainer's languages. Chinese breaks between any two
 * characters, except that closing punctuation (，。、）” …) never starts a line and opening
 * punctuation (“（ …) never ends one; a run of Latin letters and digits (AI, TMD, 2015) is one
 * unbreakable word, and a space is a break that vanishes at the end of a line.
 */

/**
 * Characters that stay with the character before them (never start a line), and those that
 * stay with the one after them (never end a line): the rules every Chinese line break follows,
 * a diagram's label here and a share card's text (lib/share/wrap-cjk.ts).
 */
export const CLOSING = new Set('，。、：；！？）》」』】〕〉”’…—·%％,.:;!?)]}');
export const OPENING = new Set('（《「『【〔〈“‘([{');
/** A run that is never broken: Latin letters, digits, and what joins them (TMD, 2015, All-in). */
const WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’\-/&.+]*/uy;

/** The text cut where a line may end: each piece ends just before a break opportunity. */
export function breakPieces(text: string): string[] {
  const atoms: string[] = [];
  for (let i = 0; i < text.length;) {
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    const atom = word ? word[0] : String.fromCodePoint(text.codePointAt(i)!);
    atoms.push(atom);
    i += atom.length;
  }
  const pieces: string[] = [];
  let opening = '';
  for (const atom of atoms) {
    const last = pieces.length - 1;
    if (OPENING.has(atom)) opening += atom;
    else if (CLOSING.has(atom) && last >= 0 && opening === '') pieces[last] += atom;
    else if (/^\s+$/u.test(atom) && last >= 0) pieces[last] += ' ';
    else {
      pieces.push(opening + atom);
      opening = '';
    }
  }
  if (opening) pieces.push(opening);
  return pieces;
}

/** Greedy lines of at most `ems` (a piece wider than that gets a line of its own). */
function greedy(pieces: readonly string[], ems: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (line && textEms(next.trimEnd()) > ems) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** As `greedy`, filling lines from the end: the later lines full, any short line first. */
function greedyFromEnd(pieces: readonly string[], ems: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of [...pieces].reverse()) {
    const next = piece + line;
    if (line && textEms(next.trimEnd()) > ems) {
      lines.unshift(line.trimEnd());
      line = piece;
    } else line = next;
  }
  if (line.trim()) lines.unshift(line.trimEnd());
  return lines;
}

/**
 * A label broken into as few lines as fit `width` (viewBox units at `fontSize`), and balanced:
 * the lines as even as that number of lines allows, so that no line is left with one character;
 * where they cannot be even, the short line comes first (你的 / 业务？, not 你的业 / 务？), which
 * also keeps a two-character word at the end whole more often. A label that already has line
 * breaks (`\n`) is returned as written.
 */
export function wrapLabel(text: string, width: number, fontSize: number): string {
  if (text.includes('\n')) return text;
  const pieces = breakPieces(text);
  const ems = width / fontSize;
  const lines = greedy(pieces, ems);
  if (lines.length < 2) return lines.join('\n');
  // The narrowest measure that still needs no more lines: the balanced break.
  let lo = 0;
  let hi = ems;
  for (let i = 0; i < 20; i += 1) {
    const mid = (lo + hi) / 2;
    if (greedy(pieces, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  const fromEnd = greedyFromEnd(pieces, hi);
  return (fromEnd.length === lines.length ? fromEnd : greedy(pieces, hi)).join('\n');
}
