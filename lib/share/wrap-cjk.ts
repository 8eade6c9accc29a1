import { CLOSING as NO_START, OPENING as NO_END } from '@/lib/scene/wrap-label';

/**
 * Line breaking for Chinese card text. Pure: widths are estimates in em, as for English
 * (lib/share/wrap-text.ts), since the card is drawn without a browser to measure it.
 */

/** A Latin word or number (AI, TMD, 2015, 3.5, 18%) is one unit and is never split. */
const TOKEN = /[A-Za-z0-9]+(?:[.'’/-][A-Za-z0-9]+)*|\s+|[^]/gu;

/** Full-width: Han, kana, hangul, CJK and full-width punctuation, curly quotes, ellipsis, dash. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2026\u2014]/u;

/** A space is about a quarter em in a CJK font. */
const SPACE_EM = 0.25;

/** The estimated width in em of `text`: 1 for a wide character, `latinEm` for any other. */
export function textEms(text: string, latinEm: number): number {
  let ems = 0;
  for (const char of text) ems += /\s/.test(char) ? SPACE_EM : WIDE.test(char) ? 1 : latinEm;
  return ems;
}

/** Chinese words, from ICU's dictionary (Node's Intl.Segmenter). */
const WORDS = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** The text's tokens: each Han character, or with `byWord` each Han word, is one. */
function tokens(text: string, byWord: boolean): string[] {
  if (!byWord) return text.match(TOKEN) ?? [];
  return [...WORDS.segment(text)].flatMap(({ segment }) =>
    /^\p{Script=Han}+$/u.test(segment) ? [segment] : (segment.match(TOKEN) ?? []),
  );
}

/** The text cut into pieces no line may break inside, with `space` marking a breakable gap. */
function units(text: string, byWord: boolean): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let prev = '';
  for (const token of tokens(text, byWord)) {
    const space = /^\s/.test(token);
    const last = out[out.length - 1];
    const glued = last && !last.space && !space && (NO_START.has(token[0]!) || NO_END.has(prev.at(-1)!));
    if (glued) last.text += token;
    else out.push({ text: space ? ' ' : token, space });
    prev = token;
  }
  return out;
}

/**
 * Greedy wrap of Chinese (or mixed) text to lines at most `widthEm` wide: a break may fall
 * between any two Han characters or at a space, but never inside a Latin word, never before
 * closing punctuation (，。、：；！？）” …) and never after opening punctuation (“（ …). With
 * `byWord`, never inside a Chinese word either.
 */
export function wrapCjkText(text: string, widthEm: number, latinEm: number, byWord = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.trim(), byWord)) {
    if (unit.space) {
      if (line) line += ' ';
      continue;
    }
    if (line.trim() && textEms(line + unit.text, latinEm) > widthEm) {
      lines.push(line.trimEnd());
      line = unit.text;
    } else {
      line += unit.text;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Wraps to at most `maxLines` lines; when text was cut, the last ends with an ellipsis that fits. */
export function wrapCjkLines(text: string, widthEm: number, maxLines: number, latinEm: number): string[] {
  const lines = wrapCjkText(text, widthEm, latinEm);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  const trim = () => {
    while (last.length && /[\s，。、：；！？,.;:!?“‘（《「『【(]/u.test(last.at(-1)!)) last.pop();
  };
  trim();
  while (last.length && textEms(`${last.join('')}…`, latinEm) > widthEm) {
    last.pop();
    trim();
  }
  kept[maxLines - 1] = `${last.join('')}…`;
  return kept;
}

/**
 * Display lines (a headline, a kicker): wrapped by character, unless that leaves the last line
 * less than half full (中台擅长什么：盒马 / 鲜生); then broken between words and made as even as
 * the same number of lines allows (中台擅长什么：/ 盒马鲜生). Text too long for `maxLines` is
 * cut as wrapCjkLines cuts it.
 */
export function wrapCjkDisplay(text: string, widthEm: number, maxLines: number, latinEm: number): string[] {
  const greedy = wrapCjkLines(text, widthEm, maxLines, latinEm);
  const short = greedy.length > 1 && textEms(greedy.at(-1)!, latinEm) < widthEm / 2;
  const lines = short ? wrapCjkText(text, widthEm, latinEm, true) : [];
  if (!short || lines.length !== greedy.length) return greedy;
  let best = lines;
  for (let width = widthEm - 0.5; width > 0; width -= 0.5) {
    const next = wrapCjkText(text, width, latinEm, true);
    if (next.length !== best.length) break;
    best = next;
  }
  return best;
}
