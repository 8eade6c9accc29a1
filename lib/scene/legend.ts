import type { LayoutName, SceneFrame, Tone } from './types';

/** One line of the legend: a swatch and what it means. */
export interface LegendEntry {
  key: string;
  tone: Tone;
  swatch: 'box' | 'line';
  label: string;
}

const MEANING: Partial<Record<Tone, string>> = {
  accent: 'Reused',
  new: 'Built anew',
  warn: 'Under strain',
};

/** Where the key sits in each layout's drawing: a line along the bottom, from the left. */
export const KEY_AT: Record<LayoutName, { x: number; y: number }> = {
  wide: { x: 16, y: 430 },
  narrow: { x: 6, y: 337 },
};

/** A key entry's width in viewBox units: swatch, gap, text (estimated), space after. */
export const keyEntryWidth = (label: string, fontSize: number) => 22 + 6 + label.length * 0.6 * fontSize + 14;

/** The legend a frame needs: the tones it shows that carry meaning, and lines if it has any. */
export function legendEntries(frame: SceneFrame, lines = true): LegendEntry[] {
  const shown = (el: { opacity: number }) => el.opacity > 0.5;
  const tones = new Set<Tone>([...frame.nodes, ...frame.bands].filter(shown).map((el) => el.tone));
  const entries: LegendEntry[] = (['accent', 'new', 'warn'] as const)
    .filter((tone) => tones.has(tone))
    .map((tone) => ({ key: tone, tone, swatch: 'box', label: MEANING[tone]! }));
  const edges = frame.edges.filter(shown);
  if (edges.length > 0 && lines) {
    const tone = edges[0]!.tone;
    entries.push({ key: 'uses', tone, swatch: 'line', label: tone === 'warn' ? 'Heavy load' : 'Uses' });
  }
  return entries;
}
