/**
 * Draws an evaluation as a diagram frame, so the explorable reuses the chapters' renderer and
 * morph. One builder per region, top to bottom: the new business's own front end, the platform
 * in the chosen shape, the shared back end; then, in a column beside them, what the business
 * must build anew (no column when it builds nothing else: the stack moves to the middle).
 * Lines run from the business to the platform's services it uses and to what it builds.
 */
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { fill } from '@/lib/i18n/template';
import { column, grow } from '@/lib/scene/layout';
import type { SceneEdge, SceneFrame } from '@/lib/scene/types';
import { type CapabilityId, layerOf } from './catalogue';
import { band, gather, grid, GRID, NARROW, node, type Region, type Span } from './frame-parts';
import type { Evaluation } from './model';
import { presetMatching } from './presets';
import type { ExplorableWords } from './sentence';
import { platformShape } from './shapes';

export const BUSINESS = 'x-business';

const labelOf = (words: ExplorableWords, id: CapabilityId) => words.capabilities[id].label;

/** The business's name in the picture: the preset it matches (in a name short enough for a box), else "Your business". */
function businessLabel(evaluation: Evaluation, words: ExplorableWords): string {
  const match = presetMatching(evaluation.needs);
  return match ? words.presetNames[match].short : words.frame.yourBusiness;
}

/** What the business must build itself below its front end: logic the shape moved up, then the rest. */
export function builtAnew(evaluation: Evaluation): CapabilityId[] {
  return [...evaluation.movedUp, ...evaluation.missing.filter((id) => !evaluation.movedUp.includes(id))];
}

const spanBox = (span: Span, y: number, bottom: number) => ({ x: span.x0, y, w: span.x1 - span.x0, h: bottom - y });

/** The business and the front end it always builds itself. */
function frontRegion(evaluation: Evaluation, words: ExplorableWords, span: Span, top: number): Region {
  const rows = grid([BUSINESS, ...evaluation.ownFrontEnd], span, top + GRID.labelRow);
  const bottom = rows.bottom + GRID.pad;
  return {
    bands: [band('x-front', 'front', words.frame.frontEnd, spanBox(span, top, bottom))],
    nodes: [
      // The business's front end is its own, built anew like the rest of its front end.
      node(BUSINESS, businessLabel(evaluation, words), 'front', rows.boxes[BUSINESS]!, 'new'),
      ...evaluation.ownFrontEnd.map((id) => node(id, labelOf(words, id), 'front', rows.boxes[id]!, 'new')),
    ],
    bottom,
  };
}

/** The platform's shared services in the chosen shape: one band, or pieces taken one by one. */
function platformRegion(evaluation: Evaluation, words: ExplorableWords, span: Span, top: number): Region {
  const shape = platformShape(evaluation.shape);
  const needs = new Set<CapabilityId>(evaluation.needs);
  const offered = shape.offers.filter((id) => layerOf(id) === 'middle');
  const rows = grid(offered, span, top + GRID.labelRow);
  const bottom = rows.bottom + GRID.pad;
  const pieces = !shape.bundled;
  const label = pieces ? words.frame.pieces : fill(words.frame.platform, words.shapeNames[evaluation.shape]);
  const region: Region = {
    bands: [band('x-platform', 'middle', label, spanBox(span, top, bottom), 'base', pieces ? 0 : 1)],
    nodes: [],
    bottom,
  };
  for (const id of offered) {
    const used = needs.has(id);
    const carried = evaluation.carried.includes(id);
    const box = rows.boxes[id]!;
    const opacity = used || carried || !pieces ? 1 : 0.55;
    region.nodes.push(node(id, labelOf(words, id), 'middle', box, used ? 'accent' : 'muted', opacity));
    if (pieces)
      region.bands.push(band(`x-piece-${id}`, 'middle', '', grow(box, 3), used ? 'accent' : 'muted', opacity));
  }
  return region;
}

/** The shared back end, under everything: accent when the business runs on it. */
function backRegion(evaluation: Evaluation, words: ExplorableWords, span: Span, top: number): Region {
  const x = span.x0 + GRID.backLabelW;
  const box = { x, y: top + GRID.pad, w: span.x1 - GRID.pad - x, h: GRID.backH };
  const bottom = box.y + box.h + GRID.pad;
  const used = evaluation.needs.includes('infra');
  return {
    bands: [band('x-back', 'back', words.frame.backEnd, spanBox(span, top, bottom))],
    nodes: [node('infra', labelOf(words, 'infra'), 'back', box, used ? 'accent' : 'muted')],
    bottom,
  };
}

/**
 * The column of what the business must build anew, as tall as the stack beside it: its boxes
 * from the top, on the stack's rows, closer together only when there are too many for them.
 */
function anewRegion(anew: readonly CapabilityId[], words: ExplorableWords, top: number, bottom: number): Region {
  const span = GRID.anew;
  const y0 = top + GRID.labelRow;
  const needed = anew.length * GRID.rowH + (anew.length - 1) * GRID.rowGap;
  const boxes = column(anew, {
    y0,
    y1: Math.min(bottom - GRID.pad, y0 + needed),
    x: span.x0 + GRID.pad,
    w: span.x1 - span.x0 - 2 * GRID.pad,
    gap: GRID.rowGap,
    maxH: GRID.rowH,
  });
  return {
    bands: [band('x-anew', 'frame', words.frame.anew, spanBox(span, top, bottom), 'new', anew.length ? 1 : 0)],
    nodes: anew.map((id) => node(id, labelOf(words, id), layerOf(id), boxes[id]!, 'new')),
    bottom,
  };
}

/**
 * Lines from the business to the platform's services it uses. The back end gets none: it is
 * under everything, and a line to it would cross the whole platform. Nor does the column of what
 * it builds anew: stacked boxes can only be reached behind one another, through the platform's
 * label, and the column's own label says whose they are.
 */
function usageEdges(evaluation: Evaluation): SceneEdge[] {
  return evaluation.met
    .filter((id) => layerOf(id) === 'middle')
    .map((id) => ({ id: `${BUSINESS}->${id}`, from: BUSINESS, to: id, tone: 'accent', opacity: 1 }));
}

/**
 * The picture of an evaluation, wide (640 × 440) or for a phone (the left 400 units of it: the
 * stack only, since the outcome above the picture names what must be built), labelled in `words`,
 * which are in `lang`.
 */
export function explorableFrame(
  evaluation: Evaluation,
  words: ExplorableWords,
  layout: 'wide' | 'narrow' = 'wide',
  lang: Lang = DEFAULT_LANG,
): SceneFrame {
  const anew = layout === 'wide' ? builtAnew(evaluation) : [];
  // With nothing to build anew the stack stands alone, centred, instead of beside an empty column.
  const width = GRID.stack.x1 - GRID.stack.x0;
  const stack: Span =
    layout === 'narrow'
      ? NARROW.stack
      : anew.length
        ? GRID.stack
        : { x0: (GRID.width - width) / 2, x1: (GRID.width + width) / 2 };
  const front = frontRegion(evaluation, words, stack, GRID.top);
  const platform = platformRegion(evaluation, words, stack, front.bottom + GRID.bandGap);
  const back = backRegion(evaluation, words, stack, platform.bottom + GRID.bandGap);
  const column = anewRegion(anew, words, GRID.top, back.bottom);
  // The language of its words, so that the key under it speaks it too.
  return { ...gather([front, platform, back, column], usageEdges(evaluation)), lang };
}
