'use client';

import { useRef } from 'react';
import type { Scene } from '@/lib/scene/types';
import { useLiveDrawing } from './use-live-drawing';

/**
 * The chapter's drawing, in both layouts, morphing from scene to scene. It is loaded apart from
 * the page's first-load script (see scrolly-diagram): the server draws the first scene, and
 * the drawing code (the renderer, d3-shape, d3-color) arrives after hydration. It opens on the
 * scene it is given, drawn at once.
 */
export default function LiveDiagram({ scene, label, instant }: { scene: Scene; label: string; instant: boolean }) {
  const canvas = useRef<HTMLDivElement>(null);
  const { morphing, drawing } = useLiveDrawing(scene, instant, canvas, { label, idPrefix: 'live' });
  return (
    <div ref={canvas} className="diagram-canvas" data-morphing={morphing ? '' : undefined}>
      {drawing}
    </div>
  );
}
