import { memo } from 'react';
import { LANG_TAGS } from '@/lib/i18n/lang';
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
   * The drawings go into the page as markup, which React neither hydrates nor updates: for
   * pictures that never change (a step's figure, the server's first drawing), so a chapter's
   * dozens of figures cost the browser's script nothing, and for live drawings, which keep
   * the markup of their first frame and are painted from then on (see use-scene-morph).
   */
  still?: boolean;
}

/** One layout's drawing. Memoised: a frame is redrawn by React only when the scene changes. */
const Drawing = memo(function Drawing({ frame, layout }: { frame: SceneFrame; layout: LayoutName }) {
  return toReact(drawFrame(frame, layout));
});

/** The markup of a frame's drawing, inside its root; made once per frame and layout. */
const markupCache = { wide: new WeakMap<SceneFrame, string>(), narrow: new WeakMap<SceneFrame, string>() };
function innerMarkup(frame: SceneFrame, layout: LayoutName): string {
  let markup = markupCache[layout].get(frame);
  if (markup === undefined) {
    const root = drawFrame(frame, layout);
    markup = typeof root.children === 'string' ? root.children : (root.children ?? []).map(toMarkup).join('');
    markupCache[layout].set(frame, markup);
  }
  return markup;
}

/**
 * The same drawing as markup inside its root: React renders the root, puts the rest in as it
 * is, and never touches it again (the string does not change while the frame does not).
 */
function StillDrawing({ frame, layout }: { frame: SceneFrame; layout: LayoutName }) {
  return <g aria-hidden="true" dangerouslySetInnerHTML={{ __html: innerMarkup(frame, layout) }} />;
}

/**
 * A live diagram's accessible name: what it is, then the scene it shows. The server names the
 * drawing it puts into the page and the client renames it each scene with the same words.
 */
export const diagramName = (label: string, scene: { title: string }) => `${label}: ${scene.title}`;

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
    // A translated drawing names its language, for screen readers' voices and the browser's fonts.
    ...(frame.lang ? { lang: LANG_TAGS[frame.lang] } : {}),
    // Text at its geometric size, not fitted to the screen's pixels: fitting makes a browser lay
    // every label out again whenever the drawing around it moves (most of a morph frame's layout).
    style: { fontFamily: 'var(--font-diagram, system-ui, sans-serif)', textRendering: 'geometricPrecision' },
  } as const;
  const drawing = (drawn: SceneFrame, layout: LayoutName) =>
    still ? <StillDrawing frame={drawn} layout={layout} /> : <Drawing frame={drawn} layout={layout} />;
  if (!narrow) {
    return (
      <svg viewBox={viewBox('wide')} className={className} {...placement} {...common}>
        {words}
        {drawing(frame, 'wide')}
      </svg>
    );
  }
  const layer = (layout: LayoutName, drawn: SceneFrame) => (
    <svg className={`diagram-${layout}`} viewBox={viewBox(layout)} width="100%" height="100%" aria-hidden="true">
      {drawing(drawn, layout)}
    </svg>
  );
  // The outer svg is the one image, named and described; the two drawings inside are its pixels.
  return (
    <svg className={`diagram-dual ${className ?? ''}`.trim()} {...common}>
      {words}
      {layer('wide', frame)}
      {layer('narrow', narrow)}
    </svg>
  );
}
