/**
 * The horizontal advances of characters in a TrueType/OpenType font, read from its tables:
 * `cmap` maps a character to a glyph, `hmtx` gives the glyph's advance, `head` the units per em.
 * Just enough of the format for scripts/fonts/write-label-metrics.ts; no kerning, no shaping.
 */

interface Tables {
  [tag: string]: { offset: number; length: number };
}

function tablesOf(font: DataView): Tables {
  const count = font.getUint16(4);
  const tables: Tables = {};
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(at + k)));
    tables[tag] = { offset: font.getUint32(at + 8), length: font.getUint32(at + 12) };
  }
  for (const tag of ['cmap', 'head', 'hhea', 'hmtx']) if (!tables[tag]) throw new Error(`The font has no ${tag} table`);
  return tables;
}

/** The glyph of each character, from the Unicode subtable (format 12 if there is one, else 4). */
function glyphLookup(font: DataView, cmap: number): (code: number) => number {
  const count = font.getUint16(cmap + 2);
  const subtables = Array.from({ length: count }, (_, i) => {
    const at = cmap + 4 + i * 8;
    return {
      platform: font.getUint16(at),
      encoding: font.getUint16(at + 2),
      at: cmap + font.getUint32(at + 4),
    };
  });
  const unicode = (s: { platform: number; encoding: number }) =>
    s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && font.getUint16(s.at) === 12);
  if (full) {
    const groups = font.getUint32(full.at + 12);
    return (code) => {
      for (let g = 0; g < groups; g += 1) {
        const at = full.at + 16 + g * 12;
        const [start, end] = [font.getUint32(at), font.getUint32(at + 4)];
        if (code >= start && code <= end) return font.getUint32(at + 8) + code - start;
      }
      return 0;
    };
  }
  const basic = subtables.find((s) => unicode(s) && font.getUint16(s.at) === 4);
  if (!basic) throw new Error('The font has no Unicode cmap subtable of format 4 or 12');
  const segments = font.getUint16(basic.at + 6) / 2;
  const ends = basic.at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    for (let s = 0; s < segments; s += 1) {
      if (code > font.getUint16(ends + s * 2)) continue;
      const start = font.getUint16(starts + s * 2);
      if (code < start) return 0;
      const delta = font.getInt16(deltas + s * 2);
      const rangeAt = rangeOffsets + s * 2;
      const rangeOffset = font.getUint16(rangeAt);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.getUint16(rangeAt + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * Each code point's advance in em (a fraction of the font size), or `undefined` for a code point
 * the font has no glyph for.
 */
export function advancesInEm(file: Uint8Array, codes: readonly number[]): Array<number | undefined> {
  const font = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = tablesOf(font);
  const unitsPerEm = font.getUint16(tables.head!.offset + 18);
  const metrics = font.getUint16(tables.hhea!.offset + 34);
  const hmtx = tables.hmtx!.offset;
  const glyphOf = glyphLookup(font, tables.cmap!.offset);
  return codes.map((code) => {
    const glyph = glyphOf(code);
    if (glyph === 0) return undefined;
    // Glyphs past the last long metric share its advance (monospaced tails).
    return font.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4) / unitsPerEm;
  });
}

/**
 * Where a line's letters reach, in em: the capitals' height above the baseline (OS/2 sCapHeight)
 * and the descenders' depth below it (OS/2 sTypoDescender, as a positive depth).
 */
export function letterHeightsInEm(file: Uint8Array): { capHeight: number; descender: number } {
  const font = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = tablesOf(font);
  const os2 = tables['OS/2'];
  if (!os2 || font.getUint16(os2.offset) < 2) throw new Error('The font has no OS/2 table of version 2 or later');
  const unitsPerEm = font.getUint16(tables.head!.offset + 18);
  return {
    capHeight: font.getInt16(os2.offset + 88) / unitsPerEm,
    descender: -font.getInt16(os2.offset + 70) / unitsPerEm,
  };
}
