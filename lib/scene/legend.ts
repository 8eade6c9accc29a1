import { KEY_TEXT, textEms } from './label';
import type { Band, LayoutName, SceneFrame, SceneNode, Tone } from './types';
import { VIEWBOXES } from './types';

/**
 * What a key entry shows beside its words: a box in a tone, a line in a tone, a bracket (solid,
 * or dashed for the 2015 depth), a dashed outline of something earlier, or a dashed pill.
 */
export type KeyMark = 'box' | 'line' | 'bracket' | 'dashed-bracket' | 'outline' | 'pill';

/** One entry of the key: a swatch, drawn as the picture draws what it stands for, and its words. */
export interface LegendEntry {
  /** Unique in a key: the mark and its tone (`box-accent`, `line-base`, `bracket-warn`, ...). */
  key: string;
  mark: KeyMark;
  tone: Tone;
  label: string;
}

/** Every word the key can say. */
export const KEY_ENTRIES = [
  'accent',
  'new',
  'warn',
  'uses',
  'reuses',
  'heavy-load',
  'new-link',
  'depth',
  'depth-now',
  'depth-2015',
  'middle-2015',
  'earlier',
  'planned',
] as const;
export type KeyEntry = (typeof KEY_ENTRIES)[number];

/** The key's words in one language, by entry. */
export type KeyWords = Record<KeyEntry, string>;

/** The key's English words: the source every other language's key translates. */
export const KEY_EN: KeyWords = {
  accent: 'Reused',
  new: 'Built anew',
  warn: 'Under strain',
  uses: 'Uses',
  reuses: 'Reuses',
  'heavy-load': 'Heavy load',
  'new-link': 'New link',
  depth: 'Middle’s depth',
  'depth-now': 'Depth now',
  'depth-2015': 'Depth in 2015',
  'middle-2015': 'Middle in 2015',
  earlier: 'Earlier case',
  planned: 'Planned',
};

/** Where the key's first line sits in each layout's drawing: along the bottom, from the left. */
export const KEY_AT: Record<LayoutName, { x: number; y: number }> = {
  wide: { x: 16, y: 430 },
  narrow: { x: 6, y: 337 },
};

/** The key's lines: how many each drawing has room for, and how far apart they are. */
export const KEY_LINES: Record<LayoutName, number> = { wide: 1, narrow: 2 };
export const KEY_LINE_HEIGHT = 19;

/** How close to the drawing's right edge an entry's words may come. */
const KEY_MARGIN = 6;

/** A key entry's width in viewBox units: swatch, gap, text (at the key's weight), space after. */
export const keyEntryWidth = (label: string, fontSize: number) =>
  22 + 6 + textEms(label, KEY_TEXT.weight) * fontSize + 14;

/** What a line in a tone means: plain lines are grey, whether base or muted. */
const LINE_WORD: Record<Tone, KeyEntry> = {
  base: 'uses',
  muted: 'uses',
  accent: 'reuses',
  warn: 'heavy-load',
  new: 'new-link',
};

/** A faint dashed frame: the outline of something earlier (the 2015 middle, an earlier venture). */
export const isGhost = (band: Band) => band.layer === 'frame' && band.tone === 'muted';

const unique = <T>(items: readonly T[]) => [...new Set(items)];

function bracketEntries(measures: readonly SceneNode[], words: KeyWords): LegendEntry[] {
  const dashed = measures.some((m) => m.tone === 'muted');
  const solid = measures.filter((m) => m.tone !== 'muted');
  // One solid bracket beside the dashed 2015 one measures the middle now; otherwise it is the middle's depth.
  const word = dashed && solid.length === 1 ? words['depth-now'] : words.depth;
  const entries: LegendEntry[] = unique(solid.map((m) => m.tone)).map((tone) => ({
    key: `bracket-${tone}`,
    mark: 'bracket',
    tone,
    label: word,
  }));
  if (dashed) entries.push({ key: 'bracket-muted', mark: 'dashed-bracket', tone: 'muted', label: words['depth-2015'] });
  return entries;
}

/**
 * The key a frame needs, in the words given (English unless told): every meaningful colour of
 * its boxes and bands, every kind of line, each bracket and each dashed outline it draws, and
 * nothing it does not. A frame in a morph keys what is more than half visible.
 */
export function legendEntries(frame: SceneFrame, words: KeyWords = KEY_EN): LegendEntry[] {
  const shown = <E extends { opacity: number }>(el: E) => el.opacity > 0.5;
  const nodes = frame.nodes.filter(shown);
  const bands = frame.bands.filter(shown);
  const boxes = nodes.filter((n) => n.kind !== 'measure');
  const tones = new Set<Tone>([...boxes, ...bands.filter((b) => !isGhost(b))].map((el) => el.tone));
  const entries: LegendEntry[] = (['accent', 'new', 'warn'] as const)
    .filter((tone) => tones.has(tone))
    .map((tone) => ({ key: `box-${tone}`, mark: 'box', tone, label: words[tone] }));
  const lineTones = new Set(frame.edges.filter(shown).map((e) => (e.tone === 'muted' ? 'base' : e.tone)));
  for (const tone of ['base', 'accent', 'warn', 'new'] as const)
    if (lineTones.has(tone)) entries.push({ key: `line-${tone}`, mark: 'line', tone, label: words[LINE_WORD[tone]] });
  entries.push(
    ...bracketEntries(
      nodes.filter((n) => n.kind === 'measure'),
      words,
    ),
  );
  const ghosts = bands.filter(isGhost);
  if (ghosts.some((b) => b.id === 'middle-2015'))
    entries.push({ key: 'outline-2015', mark: 'outline', tone: 'muted', label: words['middle-2015'] });
  if (ghosts.some((b) => b.id !== 'middle-2015'))
    entries.push({ key: 'outline-earlier', mark: 'outline', tone: 'muted', label: words.earlier });
  for (const tone of unique(boxes.filter((n) => n.kind === 'initiative').map((n) => n.tone)))
    entries.push({ key: `pill-${tone}`, mark: 'pill', tone, label: words.planned });
  return entries;
}

/** An entry of the key where it is drawn: its left edge and its baseline. */
export interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  y: number;
}

/**
 * The key laid out along the bottom of a drawing: entries left to right, onto a next line below
 * when the next would pass the right edge. Never a word is dropped; the layout test holds that
 * every scene's key takes no more lines than its drawing has room for (KEY_LINES).
 */
export function placeKey(entries: readonly LegendEntry[], layout: LayoutName, fontSize: number): PlacedEntry[] {
  const at = KEY_AT[layout];
  const right = VIEWBOXES[layout].width - KEY_MARGIN;
  let [x, y] = [at.x, at.y];
  return entries.map((entry) => {
    const width = keyEntryWidth(entry.label, fontSize);
    // The space after the last entry of a line is not drawn.
    if (x > at.x && x + width - 14 > right) [x, y] = [at.x, y + KEY_LINE_HEIGHT];
    const placed = { entry, x, y };
    x += width;
    return placed;
  });
}
