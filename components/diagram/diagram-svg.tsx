import { routeEdges } from '@/lib/scene/edges';
import type { SceneFrame } from '@/lib/scene/types';
import { VIEWBOX } from '@/lib/scene/types';
import { DiagramAnnotation, DiagramBand, DiagramEdge, DiagramNode } from './diagram-parts';

export interface DiagramSvgProps {
  /** The scene, or an in-between frame of a morph. */
  frame: SceneFrame;
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

/**
 * Draws one frame of the diagram. A pure function of its props (no hooks, no state), so it
 * renders on the server and, inside a client component, once per animation frame. Elements are
 * keyed by id; lines are routed from the current boxes, never interpolated as path strings.
 */
export function DiagramSvg({ frame, title, description, className, idPrefix, placement }: DiagramSvgProps) {
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  return (
    <svg
      viewBox={`0 0 ${VIEWBOX.width} ${VIEWBOX.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className={className}
      {...placement}
      style={{ fontFamily: 'var(--font-diagram, system-ui, sans-serif)' }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
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
          {frame.nodes.map((node) => (
            <DiagramNode key={node.id} node={node} />
          ))}
        </g>
        <g>
          {frame.annotations.map((note) => (
            <DiagramAnnotation key={note.id} note={note} />
          ))}
        </g>
      </g>
    </svg>
  );
}
