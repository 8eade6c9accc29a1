'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import type { Scene } from '@/lib/scene/types';
import { useNarrowShown } from './use-narrow-shown';
import { paintDrawing, useSceneMorph } from './use-scene-morph';

/**
 * A scene drawn in both layouts inside `stage`, morphing from scene to scene: the drawings go
 * into the page as the markup of the first scene, and every scene after is painted into them
 * (see use-scene-morph). Only the drawing on screen is animated (CSS picks which one that is);
 * the other is painted each new scene at once.
 */
export function useLiveDrawing(
  scene: Scene,
  instant: boolean,
  stage: RefObject<HTMLElement | null>,
  { label, idPrefix }: { label: string; idPrefix: string },
) {
  const narrow = useNarrowShown(stage);
  const { morphing } = useSceneMorph(narrow ? scene.narrow : scene, instant, narrow ? 'narrow' : 'wide', stage);
  const [first] = useState(scene);
  // The drawing CSS hides shows each new scene too, at once, so a resize across the breakpoint
  // (or anything that reads the whole picture) never finds an old scene there.
  useLayoutEffect(() => {
    paintDrawing(stage.current, narrow ? scene : scene.narrow, narrow ? 'wide' : 'narrow');
  }, [scene, narrow, stage]);
  const drawing = (
    <DiagramSvg
      frame={first}
      narrow={first.narrow}
      still
      title={`${label}: ${scene.title}`}
      description={scene.description}
      idPrefix={idPrefix}
    />
  );
  return { morphing, drawing };
}
