// The characters the site's own faces carry: printable ASCII, Latin-1, the punctuation and
// arrows the prose and the interface use. Anything else (the two Chinese characters in a
// gloss, the Chinese diagram's words and full-width punctuation, ⌘ in a key hint) falls back to
// the reader's system fonts, by design.

/** Inclusive code point ranges, as pyftsubset's --unicodes and CSS unicode-range take them. */
export const FONT_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2197, 0x2197],
  [0x2212, 0x2212],
];

/** Characters that may appear in the text but are left to system fonts: CJK, with its full-width punctuation. */
export const LEFT_TO_SYSTEM = /[\u2e80-\u9fff\uff00-\uffef\u2318\s]/u;

/** Whether a character is drawn by the site's faces. */
export function inFontRanges(char) {
  const code = char.codePointAt(0);
  return FONT_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The ranges as `U+20-7E,U+A0-FF,…`. */
export function unicodesArgument() {
  const hex = (n) => n.toString(16).toUpperCase();
  return FONT_RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}
