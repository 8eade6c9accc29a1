import { KEY_WORDS } from '@/content/scenes/key-words';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { KEY_TEXT } from '@/lib/scene/label';
import { legendEntries, placeKey, type LegendEntry } from '@/lib/scene/legend';
import { bandColors, edgeColor, inkColor, nodeColors } from '@/lib/scene/palette';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { placed, r2 } from './draw-parts';
import { svg, type SvgNode } from './svg-tree';

/**
 * The key, drawn in the picture along its bottom edge, in the language of the frame's words:
 * each colour, line, bracket and outline the frame draws, each swatch drawn as the picture
 * draws it, wrapping onto a second line on a phone rather than leaving any out.
 */
export function drawKey(frame: SceneFrame, layout: LayoutName): SvgNode {
  const entries = legendEntries(frame, KEY_WORDS[frame.lang ?? DEFAULT_LANG]);
  // The same key most frames of a morph: drawn once, so the painter passes over it.
  const name = `${layout}|${entries.map((e) => `${e.key}:${e.label}`).join('|')}`;
  let key = drawn.get(name);
  if (key === undefined) {
    key = draw(entries, layout);
    drawn.set(name, key);
  }
  return key;
}

/** Keys drawn so far, by layout and entries: a few dozen in the whole site. */
const drawn = new Map<string, SvgNode>();

/** A swatch 22 units wide, centred on the text's middle at height `y`. */
function swatch({ mark, tone }: LegendEntry, x: number, y: number): SvgNode {
  const box = { x: r2(x), y: r2(y - 6), width: 22, height: 12 };
  switch (mark) {
    case 'box': {
      const colors = nodeColors('capability', tone);
      return svg('rect', { ...box, rx: 3, fill: colors.fill, stroke: colors.stroke, strokeWidth: 1.5 });
    }
    case 'pill': {
      const colors = nodeColors('initiative', tone);
      return svg('rect', {
        ...box,
        rx: 6,
        fill: colors.fill,
        stroke: colors.stroke,
        strokeWidth: 1.25,
        strokeDasharray: '4 3',
      });
    }
    case 'outline':
      return svg('rect', {
        ...box,
        rx: 3,
        fill: 'none',
        stroke: bandColors('frame', 'muted').stroke,
        strokeWidth: 1.25,
        strokeDasharray: '4 3',
      });
    case 'line': {
      const load = tone === 'warn' ? 1 : 0;
      return svg('path', {
        d: `M${r2(x)} ${r2(y)}H${r2(x + 19)}`,
        fill: 'none',
        stroke: edgeColor(tone),
        strokeWidth: 1.5 + load,
        strokeLinecap: 'round',
      });
    }
    case 'bracket':
    case 'dashed-bracket': {
      // As the picture draws it (drawMeasure): open to the left, towards the band it measures.
      const [x0, x1] = [r2(x + 6), r2(x + 16)];
      const dashed = mark === 'dashed-bracket';
      return svg('path', {
        d: `M${x0} ${r2(y - 7)}H${x1}V${r2(y + 7)}H${x0}`,
        fill: 'none',
        stroke: inkColor(tone === 'base' ? 'muted' : tone),
        strokeWidth: dashed ? 1.5 : 2.5,
        strokeDasharray: dashed ? '4 3' : undefined,
      });
    }
  }
}

function draw(entries: readonly LegendEntry[], layout: LayoutName): SvgNode {
  const items = placeKey(entries, layout, KEY_TEXT.fontSize).map(({ entry, x, y }) => {
    const middle = y - KEY_TEXT.fontSize * 0.35;
    const marks = [swatch(entry, x, middle)];
    if (entry.mark === 'line')
      marks.push(
        svg('circle', {
          cx: r2(x + 19),
          cy: r2(middle),
          r: entry.tone === 'warn' ? 3 : 2.5,
          fill: edgeColor(entry.tone),
        }),
      );
    const text = nodeColors('capability', entry.tone === 'muted' ? 'base' : entry.tone).text;
    const label = placed(
      x + 28,
      y,
      1,
      svg(
        'text',
        { 'data-label': 'key', fontSize: KEY_TEXT.fontSize, fontWeight: KEY_TEXT.weight, fill: text },
        entry.label,
      ),
    );
    // The entry's key in the markup too, so that the painter finds a server's entry by it.
    return svg('g', { 'data-key-entry': entry.key }, [...marks, label], entry.key);
  });
  return svg('g', { 'data-key': '' }, items);
}
