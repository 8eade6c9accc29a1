import { memo } from 'react';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { VIEWBOXES } from '@/lib/scene/types';
import { drawFrame } from './draw-frame';
import { toMarkup, toReact } from './svg-tree';

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
  /**
   * For a two-layout picture that never changes (a step's figure, the server's first drawing
   * of the live diagram): the drawings go into the page as markup, which React neither
   * hydrates nor keeps, so a chapter's dozens of figures cost the browser's script nothing.
   */
  still?: boolean;
}

/** One layout's drawing. Memoised: a frame is redrawn by React only when the scene changes. */
const Drawing = memo(function Drawing({ frame, layout }: { frame: SceneFrame; layout: LayoutName }) {
  return toReact(drawFrame(frame, layout));
});

const viewBox = (layout: LayoutName) => `0 0 ${VIEWBOXES[layout].width} ${VIEWBOXES[layout].height}`;

/**
 * Draws one frame of the diagram. A pure function of its props (no hooks, no state), so it
 * renders on the server and in the browser alike. Elements are keyed by id, so React keeps them
 * from one scene to the next; the frames between two scenes are painted into them by the morph
 * (see use-scene-morph), not rendered.
 */
export function DiagramSvg({
  frame,
  narrow,
  title,
  description,
  className,
  idPrefix,
  placement,
  still,
}: DiagramSvgProps) {
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
  const layer = (layout: LayoutName, drawn: SceneFrame) => {
    const box = { viewBox: viewBox(layout), width: '100%', height: '100%', 'aria-hidden': true } as const;
    return still ? (
      <svg
        className={`diagram-${layout}`}
        {...box}
        dangerouslySetInnerHTML={{ __html: toMarkup(drawFrame(drawn, layout)) }}
      />
    ) : (
      <svg className={`diagram-${layout}`} {...box}>
        <Drawing frame={drawn} layout={layout} />
      </svg>
    );
  };
  // The outer svg is the one image, named and described; the two drawings inside are its pixels.
  return (
    <svg className={`diagram-dual ${className ?? ''}`.trim()} {...common}>
      {words}
      {layer('wide', frame)}
      {layer('narrow', narrow)}
    </svg>
  );
}
