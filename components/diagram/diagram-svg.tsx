import { memo } from 'react';
import { routeEdges } from '@/lib/scene/edges';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { VIEWBOXES } from '@/lib/scene/types';
import { DiagramKey } from './diagram-key';
import { DiagramAnnotation, DiagramBand, DiagramBandLabel, DiagramEdge, DiagramNode } from './diagram-parts';

export interface DiagramSvgProps {
  /** The scene, or an in-between frame of a morph. */
  frame: SceneFrame;
  /**
   * The same scene arranged for a phone. When given, both drawings are in the markup and CSS
   * shows the one that suits the screen (see scrolly.css), so the first paint is right without
   * JavaScript; without it the wide drawing is the only one (cards, lecture mode).
   */
  narrow?: SceneFrame;
  /** The accessible name. */
  title: string;
  /** The accessible description: the scene's one sentence. */
  description: string;
  className?: string;
  /** Makes the <title>/<desc> ids unique when several figures share a page. */
  idPrefix: string;
  /** Where to draw it when nested in another SVG (a share card); omitted on pages. */
  placement?: { x: number; y: number; width: number; height: number };
}

/** One layout's drawing. Memoised, so the drawing a screen does not show is not redrawn per frame. */
const Drawing = memo(function Drawing({ frame, layout }: { frame: SceneFrame; layout: LayoutName }) {
  return (
    <g aria-hidden="true">
      <g>
        {frame.bands.map((band) => (
          <DiagramBand key={band.id} band={band} />
        ))}
      </g>
      <g>
        {routeEdges(frame).map((route) => (
          <DiagramEdge key={route.edge.id} route={route} />
        ))}
      </g>
      <g>
        {frame.bands.map((band) => (
          <DiagramBandLabel key={band.id} band={band} />
        ))}
      </g>
      <g>
        {frame.nodes.map((node) => (
          <DiagramNode key={node.id} node={node} />
        ))}
      </g>
      <g>
        {frame.annotations.map((note) => (
          <DiagramAnnotation key={note.id} note={note} />
        ))}
      </g>
      <DiagramKey frame={frame} layout={layout} />
    </g>
  );
});

const viewBox = (layout: LayoutName) => `0 0 ${VIEWBOXES[layout].width} ${VIEWBOXES[layout].height}`;

/**
 * Draws one frame of the diagram. A pure function of its props (no hooks, no state), so it
 * renders on the server and, inside a client component, once per animation frame. Elements are
 * keyed by id; lines are routed from the current boxes, never interpolated as path strings.
 */
export function DiagramSvg({ frame, narrow, title, description, className, idPrefix, placement }: DiagramSvgProps) {
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const words = (
    <>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
    </>
  );
  const common = {
    role: 'img',
    'aria-labelledby': titleId,
    'aria-describedby': descId,
    style: { fontFamily: 'var(--font-diagram, system-ui, sans-serif)' },
  } as const;
  if (!narrow) {
    return (
      <svg viewBox={viewBox('wide')} className={className} {...placement} {...common}>
        {words}
        <Drawing frame={frame} layout="wide" />
      </svg>
    );
  }
  // The outer svg is the one image, named and described; the two drawings inside are its pixels.
  return (
    <svg className={`diagram-dual ${className ?? ''}`.trim()} {...common}>
      {words}
      <svg className="diagram-wide" viewBox={viewBox('wide')} width="100%" height="100%" aria-hidden="true">
        <Drawing frame={frame} layout="wide" />
      </svg>
      <svg className="diagram-narrow" viewBox={viewBox('narrow')} width="100%" height="100%" aria-hidden="true">
        <Drawing frame={narrow} layout="narrow" />
      </svg>
    </svg>
  );
}
