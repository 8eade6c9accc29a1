import { BAND_LABEL, LABEL, NOTE, POINT, labelSize } from '@/lib/scene/label';
import { cornerRadius, lineBaselines } from '@/lib/scene/label-room';
import type { EdgeRoute } from '@/lib/scene/edges';
import { bandColors, edgeColor, inkColor, nodeColors, PAGE } from '@/lib/scene/palette';
import { inSteps } from '@/lib/scene/steps';
import type { Annotation, Band, SceneNode } from '@/lib/scene/types';
import { svg, type SvgNode } from './svg-tree';

/**
 * Draws each element once per element object: a morph hands on the elements it does not change
 * as the same objects every frame, so their trees are the same objects too, and the painter
 * passes over them.
 */
function once<T extends object, R>(draw: (element: T) => R): (element: T) => R {
  const drawn = new WeakMap<T, R>();
  return (element) => {
    if (!drawn.has(element)) drawn.set(element, draw(element));
    return drawn.get(element)!;
  };
}

/** Two decimals keep the markup short and the snapshots stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * An element's opacity, in steps of 0.05 (`inSteps`): a fade then writes its elements' opacity in
 * about twenty frames of a morph rather than in every one (in a morph where a stack fades in,
 * that was a third of the elements restyled in a frame).
 */
const fade = (opacity: number) => (opacity < 1 ? inSteps(opacity) : undefined);

/** A label's halo: a stroke in the page colour painted under the glyphs, so lines never cut text. */
const halo = { stroke: PAGE, strokeWidth: 6, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/**
 * A text placed at (x, y), and scaled by `k` (a stack drawn smaller), by a group around it. A
 * morph moves text by the group's transform: a browser lays a text out again when its own
 * position changes (its x and y, or its own transform), and, with the drawing's text at its
 * geometric size (see DiagramSvg), not when a group around it moves. Laying labels out again
 * was most of a morph frame's layout.
 */
export function placed(
  x: number,
  y: number,
  k: number,
  text: SvgNode | readonly SvgNode[],
  attrs: SvgNode['attrs'] = {},
  key?: string,
) {
  const transform = k === 1 ? `translate(${r2(x)} ${r2(y)})` : `translate(${r2(x)} ${r2(y)}) scale(${r2(k)})`;
  return svg('g', { ...attrs, transform }, 'tag' in text ? [text] : text, key);
}

/** One text line per `\n` of a node label, centred on the text's origin. */
function lines(text: string): SvgNode[] {
  const rows = text.split('\n');
  const baselines = lineBaselines(rows.length);
  return rows.map((row, i) => svg('tspan', { x: 0, y: r2(baselines[i]!) }, row));
}

export const drawBand = once(function drawBand(band: Band): SvgNode {
  const { box } = band;
  const k = band.scale ?? 1;
  const colors = bandColors(band.layer, band.tone, band.toneMix);
  // A muted frame is a ghost: an outline of something that was there (the 2015 middle band).
  const ghost = band.layer === 'frame' && band.tone === 'muted';
  const framed = band.layer === 'frame' || band.tone !== 'base';
  const rx = Math.min(14 * k, box.h / 3);
  const rect = svg('rect', {
    x: r2(box.x),
    y: r2(box.y),
    width: r2(box.w),
    height: r2(box.h),
    rx: r2(rx),
    fill: ghost ? 'none' : colors.fill,
    stroke: framed ? colors.stroke : 'none',
    strokeWidth: framed ? 1.25 : undefined,
    strokeDasharray: ghost ? '6 5' : undefined,
  });
  return svg('g', { 'data-band': band.id, opacity: fade(band.opacity) }, [rect], band.id);
});

/**
 * A band's label, inside its top-left corner. Drawn above the lines, on a backdrop in the band's
 * own fill, so that lines running down into the band never cross the words. (A halo, a stroke
 * around the glyphs, left lines showing through the spaces between words; over the backdrop it
 * drew nothing a reader could see, and cost a slow phone a text layout per label in every frame
 * of a morph that scales a stack.)
 */
export const drawBandLabel = once(function drawBandLabel(band: Band): SvgNode | null {
  if (!band.label) return null;
  const { box } = band;
  const k = band.scale ?? 1;
  const colors = bandColors(band.layer, band.tone, band.toneMix);
  const ghost = band.layer === 'frame' && band.tone === 'muted';
  const ground = ghost ? PAGE : colors.fill;
  const size = BAND_LABEL.fontSize;
  const backdrop = svg('rect', {
    x: -4,
    // Two units above the capitals: the clearance the halo used to keep from lines above.
    y: r2(-size * 0.85 - 2),
    width: r2(labelSize(band.label, size, 1, BAND_LABEL.weight).w + 8),
    height: r2(size * 1.2 + 2),
    rx: 4,
    fill: ground,
  });
  const attrs = {
    'data-label': 'band',
    fontSize: size,
    fontWeight: BAND_LABEL.weight,
    fill: colors.text,
  };
  const at = { 'data-band-label': band.id, opacity: fade(band.opacity) };
  const [x, y] = [box.x + BAND_LABEL.inset * k, box.y + BAND_LABEL.baseline * k];
  return placed(x, y, k, [backdrop, svg('text', attrs, band.label)], at, band.id);
});

/** A bracket beside a band, open towards it, measuring its depth. */
function drawMeasure(node: SceneNode): SvgNode {
  const { box } = node;
  const color = inkColor(node.tone === 'base' ? 'muted' : node.tone, node.toneMix);
  const d = `M${r2(box.x)} ${r2(box.y)}H${r2(box.x + box.w)}V${r2(box.y + box.h)}H${r2(box.x)}`;
  const path = svg('path', {
    d,
    fill: 'none',
    stroke: color,
    strokeWidth: node.tone === 'muted' ? 1.5 : 2.5,
    strokeDasharray: node.tone === 'muted' ? '4 3' : undefined,
  });
  return svg('g', { 'data-node': node.id, opacity: fade(node.opacity) }, [path], node.id);
}

export const drawNode = once(function drawNode(node: SceneNode): SvgNode {
  if (node.kind === 'measure') return drawMeasure(node);
  const { box } = node;
  const k = node.scale ?? 1;
  const colors = nodeColors(node.kind, node.tone, node.toneMix);
  const rect = svg('rect', {
    x: r2(box.x),
    y: r2(box.y),
    width: r2(box.w),
    height: r2(box.h),
    rx: r2(cornerRadius(node)),
    fill: colors.fill,
    stroke: colors.stroke,
    strokeWidth: node.kind === 'frontend' ? 1.75 : 1.25,
    strokeDasharray: node.kind === 'initiative' ? '5 4' : undefined,
  });
  const label = node.label
    ? placed(
        box.x + box.w / 2,
        box.y + box.h / 2,
        k,
        svg(
          'text',
          {
            'data-label': 'node',
            textAnchor: 'middle',
            fontSize: LABEL.fontSize,
            fontWeight: node.kind === 'frontend' ? LABEL.frontWeight : LABEL.weight,
            fill: colors.text,
          },
          lines(node.label),
        ),
      )
    : null;
  return svg('g', { 'data-node': node.id, opacity: fade(node.opacity) }, label ? [rect, label] : [rect], node.id);
});

export function drawEdge(route: EdgeRoute): SvgNode {
  const { edge, end } = route;
  const color = edgeColor(edge.tone, edge.toneMix);
  // Lines under load are heavier; the weight follows the tone blend so it never jumps mid-morph.
  const load = edge.toneMix ? (edge.toneMix.warn ?? 0) : edge.tone === 'warn' ? 1 : 0;
  const path = svg('path', {
    d: route.d,
    fill: 'none',
    stroke: color,
    strokeWidth: r2(1.5 + load),
    strokeLinecap: 'round',
  });
  const tip = svg('circle', { cx: r2(end[0]), cy: r2(end[1]), r: r2(2.5 + load / 2), fill: color });
  return svg('g', { 'data-edge': edge.id, opacity: fade(route.opacity) }, [path, tip], edge.id);
}

/** A note's lines, the first on its baseline and the rest below it. */
const noteRows = (text: string) =>
  text.includes('\n') ? text.split('\n').map((row, i) => svg('tspan', { x: 0, y: i * NOTE.lineHeight }, row)) : text;

/** A note on what the step is about: italic, in its tone, with a leader line to its subject. */
export const drawNote = once(function drawNote(note: Annotation): SvgNode {
  const color = inkColor(note.tone, note.toneMix, 'text');
  const leader = note.to
    ? [
        svg('line', {
          x1: r2(note.x),
          y1: r2(note.y - NOTE.fontSize * 0.35),
          x2: r2(note.to.x),
          y2: r2(note.to.y),
          stroke: color,
          strokeWidth: 1.25,
        }),
        svg('circle', { cx: r2(note.to.x), cy: r2(note.to.y), r: 2.5, fill: color }),
      ]
    : [];
  const text = svg(
    'text',
    {
      'data-label': 'note',
      textAnchor: note.anchor,
      fontSize: NOTE.fontSize,
      fontStyle: 'italic',
      fontWeight: NOTE.weight,
      fill: color,
      ...halo,
    },
    noteRows(note.text),
  );
  if (!note.point) {
    const at = placed(note.x, note.y, 1, text);
    return svg('g', { 'data-annotation': note.id, opacity: fade(note.opacity) }, [...leader, at], note.id);
  }
  // A numbered point: its number in a disc of the note's colour, then the words.
  const cy = r2(note.y - NOTE.fontSize * 0.35);
  const disc = [
    svg('circle', { cx: r2(note.x + POINT.r), cy, r: POINT.r, fill: color }),
    svg(
      'text',
      { x: r2(note.x + POINT.r), y: r2(cy + 5), textAnchor: 'middle', fontSize: 14, fontWeight: 700, fill: PAGE },
      String(note.point),
    ),
  ];
  const words = placed(note.x + POINT.room, note.y, 1, text);
  return svg('g', { 'data-annotation': note.id, opacity: fade(note.opacity) }, [...leader, words, ...disc], note.id);
});
