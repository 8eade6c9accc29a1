import { routeEdges } from '@/lib/scene/edges';
import { NARROW_VIEWBOX, type LayoutName, type SceneFrame } from '@/lib/scene/types';
import { drawKey } from './draw-key';
import { drawBand, drawBandLabel, drawEdge, drawNode, drawNote } from './draw-parts';
import { svg, type SvgNode } from './svg-tree';

/**
 * One frame of the diagram as a tree of SVG elements, in paint order: bands, lines, band labels
 * (above the lines that run into them), boxes, notes, the key. Lines are routed from the
 * frame's boxes, never interpolated as path strings.
 */
export function drawFrame(frame: SceneFrame, layout: LayoutName): SvgNode {
  return svg('g', { 'aria-hidden': 'true' }, [
    svg('g', { 'data-pages': '', transform: pageShift(frame, layout) }, [
      svg('g', {}, frame.bands.map(drawBand)),
      svg('g', {}, routeEdges(frame).map(drawEdge)),
      svg(
        'g',
        {},
        frame.bands.map(drawBandLabel).filter((label): label is SvgNode => label !== null),
      ),
      svg('g', {}, frame.nodes.map(drawNode)),
      svg('g', {}, frame.annotations.map(drawNote)),
    ]),
    drawKey(frame, layout),
  ]);
}

/**
 * A phone drawing shows one page of two (see NARROW_PAGES): the picture moves left by a page's
 * width for each page it has turned, part of a page in a morph's in-between frames. The key
 * stays where it is.
 */
function pageShift(frame: SceneFrame, layout: LayoutName): string | undefined {
  const turned = layout === 'narrow' ? (frame.page ?? 1) - 1 : 0;
  return turned === 0 ? undefined : `translate(${Math.round(-turned * NARROW_VIEWBOX.width * 100) / 100} 0)`;
}
