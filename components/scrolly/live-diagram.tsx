'use client';

import { useRef, useState } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import type { Scene } from '@/lib/scene/types';
import { useNarrowShown } from './use-narrow-shown';
import { useSceneMorph } from './use-scene-morph';

/**
 * The chapter's drawing, in both layouts, morphing from scene to scene. It is loaded apart from
 * the page's first-load script (see scrolly-diagram): the server draws the first scene, and
 * the drawing code (the renderer, d3-shape, d3-color) arrives after hydration. It opens on the
 * scene it is given, drawn at once.
 */
export default function LiveDiagram({ scene, label, instant }: { scene: Scene; label: string; instant: boolean }) {
  const canvas = useRef<HTMLDivElement>(null);
  // Only the drawing on screen is animated; the other one shows its scene as it is.
  const narrow = useNarrowShown(canvas);
  const { morphing } = useSceneMorph(narrow ? scene.narrow : scene, instant, narrow ? 'narrow' : 'wide', canvas);
  // The drawings' markup is their first scene's; every scene after is painted into them.
  const [first] = useState(scene);
  return (
    <div ref={canvas} className="diagram-canvas" data-morphing={morphing ? '' : undefined}>
      <DiagramSvg
        frame={first}
        narrow={first.narrow}
        still
        title={`${label}: ${scene.title}`}
        description={scene.description}
        idPrefix="live"
      />
    </div>
  );
}
