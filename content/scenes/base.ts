import { arrange as arrangeWith, extend as extendWith, pipe, type Change, type Shape } from '@/lib/scene/compose';
import { BAND_LABEL, labelSize } from '@/lib/scene/layout';
import { nodeLabelFits } from '@/lib/scene/label-room';
import type { Scene, SceneFrame } from '@/lib/scene/types';
import { FRONTS_2015 } from '@/lib/platform';
import { CATALOGUE } from './catalogue';
import { NARROW, platform, WIDE, type Geo } from './kit';

export * from '@/lib/platform';
export * from './catalogue';

/** Lays a frame out as a shape, taking new elements from the catalogue. */
export const arrange = (shape: Shape): Change => arrangeWith(shape, CATALOGUE);

/** Adds a shape's elements to a frame, keeping the rest. */
export const extend = (shape: Shape): Change => extendWith(shape, CATALOGUE);

const EMPTY: SceneFrame = { bands: [], nodes: [], edges: [], annotations: [] };

/** The base every scene starts from: the 2015 platform, big middle and small front, all in grey. */
const base = (g: Geo): SceneFrame => pipe(EMPTY, arrange(platform(g, FRONTS_2015)));

/**
 * On a phone a label that does not fit its box at full size is left out rather than shrunk or
 * clipped; such boxes are thumbnails, and the scene's notes name them.
 */
function readable(frame: SceneFrame): SceneFrame {
  return {
    ...frame,
    nodes: frame.nodes.map((n) => (nodeLabelFits(n) ? n : { ...n, label: '' })),
    bands: frame.bands.map((b) =>
      b.label && labelSize(b.label, BAND_LABEL.fontSize, 1, BAND_LABEL.weight).w + 2 * BAND_LABEL.inset > b.box.w
        ? { ...b, label: '' }
        : b,
    ),
  };
}

/**
 * A scene: the base, changed, once for each layout. `changes` is written once and given the
 * layout's grid, so the wide and the phone picture say the same thing with the same ids.
 */
export function scene<I extends string>(
  id: I,
  words: { title: string; description: string },
  changes: (g: Geo) => Change[],
): Scene<I> {
  const narrow = readable(pipe(base(NARROW), ...changes(NARROW)));
  return { id, ...words, ...pipe(base(WIDE), ...changes(WIDE)), narrow };
}
