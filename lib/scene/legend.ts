import { KEY_TEXT, textEms } from './label';
import type { LayoutName, SceneFrame, Tone } from './types';

/** One line of the legend: a swatch and what it means. */
export interface LegendEntry {
  key: string;
  tone: Tone;
  swatch: 'box' | 'line';
  label: string;
}

/** What a key entry can say: the three meaningful tones, and what a line means. */
export const KEY_ENTRIES = ['accent', 'new', 'warn', 'uses', 'heavy-load'] as const;
export type KeyEntry = (typeof KEY_ENTRIES)[number];

/** The key's words in one language, by entry. */
export type KeyWords = Record<KeyEntry, string>;

/** The key's English words: the source every other language's key translates. */
export const KEY_EN: KeyWords = {
  accent: 'Reused',
  new: 'Built anew',
  warn: 'Under strain',
  uses: 'Uses',
  'heavy-load': 'Heavy load',
};

/** Where the key sits in each layout's drawing: a line along the bottom, from the left. */
export const KEY_AT: Record<LayoutName, { x: number; y: number }> = {
  wide: { x: 16, y: 430 },
  narrow: { x: 6, y: 337 },
};

/** A key entry's width in viewBox units: swatch, gap, text (at the key's weight), space after. */
export const keyEntryWidth = (label: string, fontSize: number) =>
  22 + 6 + textEms(label, KEY_TEXT.weight) * fontSize + 14;

/**
 * The legend a frame needs: the tones it shows that carry meaning, and lines if it has any, in
 * the words given (English unless told).
 */
export function legendEntries(frame: SceneFrame, lines = true, words: KeyWords = KEY_EN): LegendEntry[] {
  const shown = (el: { opacity: number }) => el.opacity > 0.5;
  const tones = new Set<Tone>([...frame.nodes, ...frame.bands].filter(shown).map((el) => el.tone));
  const entries: LegendEntry[] = (['accent', 'new', 'warn'] as const)
    .filter((tone) => tones.has(tone))
    .map((tone) => ({ key: tone, tone, swatch: 'box', label: words[tone] }));
  const edges = frame.edges.filter(shown);
  if (edges.length > 0 && lines) {
    const tone = edges[0]!.tone;
    entries.push({ key: 'uses', tone, swatch: 'line', label: words[tone === 'warn' ? 'heavy-load' : 'uses'] });
  }
  return entries;
}
