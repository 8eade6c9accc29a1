import type { SceneFrame, Tone } from './types';

/** One line of the legend: a swatch and what it means. */
export interface LegendEntry {
  key: string;
  tone: Tone;
  swatch: 'box' | 'line';
  label: string;
}

const MEANING: Partial<Record<Tone, string>> = {
  accent: 'In focus',
  new: 'Built anew',
  warn: 'Under strain',
};

/** The legend a frame needs: the tones it shows that carry meaning, and lines if it has any. */
export function legendEntries(frame: SceneFrame): LegendEntry[] {
  const shown = (el: { opacity: number }) => el.opacity > 0.5;
  const tones = new Set<Tone>([...frame.nodes, ...frame.bands].filter(shown).map((el) => el.tone));
  const entries: LegendEntry[] = (['accent', 'new', 'warn'] as const)
    .filter((tone) => tones.has(tone))
    .map((tone) => ({ key: tone, tone, swatch: 'box', label: MEANING[tone]! }));
  const edges = frame.edges.filter(shown);
  if (edges.length > 0) {
    const tone = edges[0]!.tone;
    entries.push({ key: 'uses', tone, swatch: 'line', label: tone === 'warn' ? 'Heavy load' : 'Uses' });
  }
  return entries;
}
