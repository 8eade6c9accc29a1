import { KEY_WORDS } from '@/content/scenes/key-words';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { KEY_TEXT } from '@/lib/scene/label';
import { KEY_AT, keyEntryWidth, legendEntries, type LegendEntry } from '@/lib/scene/legend';
import { inkColor, nodeColors } from '@/lib/scene/palette';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { placed, r2 } from './draw-parts';
import { svg, type SvgNode } from './svg-tree';

/**
 * The key to the colours, drawn in the picture along its bottom edge: only the tones the frame
 * shows (reused, built anew, under strain) and, where there is room, what a line means, in the
 * language of the frame's words.
 */
export function drawKey(frame: SceneFrame, layout: LayoutName): SvgNode {
  const entries = legendEntries(frame, layout === 'wide', KEY_WORDS[frame.lang ?? DEFAULT_LANG]);
  // The same key most frames of a morph: drawn once, so the painter passes over it.
  const name = `${layout}|${entries.map((e) => `${e.key}:${e.tone}:${e.label}`).join('|')}`;
  let key = drawn.get(name);
  if (key === undefined) {
    key = draw(entries, layout);
    drawn.set(name, key);
  }
  return key;
}

/** Keys drawn so far, by layout and entries: a handful in the whole site. */
const drawn = new Map<string, SvgNode>();

function draw(entries: readonly LegendEntry[], layout: LayoutName): SvgNode {
  const at = KEY_AT[layout];
  let left = at.x;
  const items = entries.map((entry) => {
    const colors = nodeColors('capability', entry.tone);
    const y = at.y - KEY_TEXT.fontSize * 0.35;
    const swatch =
      entry.swatch === 'box'
        ? svg('rect', {
            x: r2(left),
            y: r2(y - 6),
            width: 22,
            height: 12,
            rx: 3,
            fill: colors.fill,
            stroke: colors.stroke,
            strokeWidth: 1.5,
          })
        : svg('line', {
            x1: r2(left),
            y1: r2(y),
            x2: r2(left + 22),
            y2: r2(y),
            stroke: inkColor(entry.tone),
            strokeWidth: 2,
            strokeLinecap: 'round',
          });
    const label = placed(
      left + 28,
      at.y,
      1,
      svg(
        'text',
        { 'data-label': 'key', fontSize: KEY_TEXT.fontSize, fontWeight: KEY_TEXT.weight, fill: colors.text },
        entry.label,
      ),
    );
    left += keyEntryWidth(entry.label, KEY_TEXT.fontSize);
    // The entry's key in the markup too, so that the painter finds a server's entry by it.
    return svg('g', { 'data-key-entry': entry.key }, [swatch, label], entry.key);
  });
  return svg('g', { 'data-key': '' }, items);
}
