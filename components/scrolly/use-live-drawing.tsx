'use client';

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { DiagramSvg, diagramName } from '@/components/diagram/diagram-svg';
import type { LayoutName, Scene } from '@/lib/scene/types';
import { useWhenIdle } from '@/components/hooks/use-when-idle';
import { useNarrowShown } from './use-narrow-shown';
import { paintDrawing, PREPARE_AFTER_MS, useSceneMorph } from './use-scene-morph';

/** Paints `scene` into its drawing of `layout` inside `stage`. */
const paintScene = (stage: HTMLElement | null, scene: Scene, layout: LayoutName) =>
  paintDrawing(stage, layout === 'narrow' ? scene.narrow : scene, layout);

/**
 * Paints `scene` into the two drawings (wide and phone) already inside `stage`, morphing from
 * scene to scene (see use-scene-morph). Only the drawing on screen is animated (CSS picks which
 * one that is); the other is painted each new scene at once. `onScreen` is the scene the
 * drawings show when this takes them over: a server's drawing is adopted as it is, with nothing
 * drawn again until the scene changes.
 */
export function usePaintedDrawing(
  scene: Scene,
  instant: boolean,
  stage: RefObject<HTMLElement | null>,
  { onScreen = scene, readLayoutAtOnce = false }: { onScreen?: Scene; readLayoutAtOnce?: boolean } = {},
) {
  const narrow = useNarrowShown(stage, readLayoutAtOnce);
  const { morphing } = useSceneMorph(
    narrow ? scene.narrow : scene,
    instant,
    narrow ? 'narrow' : 'wide',
    stage,
    narrow ? onScreen.narrow : onScreen,
  );
  // The drawing CSS hides shows each new scene too, at once, so a resize across the breakpoint
  // (or anything that reads the whole picture once it has settled) never finds an old scene
  // there. It is painted when the morph has ended, not in the frame that starts it, which is
  // busy enough on a slow phone; during a morph nothing can see it.
  const drawn = useRef<Record<LayoutName, Scene | null>>({ wide: onScreen, narrow: onScreen });
  useLayoutEffect(() => {
    const [shown, hidden]: [LayoutName, LayoutName] = narrow ? ['narrow', 'wide'] : ['wide', 'narrow'];
    drawn.current[shown] = null; // the morph's to paint: it may be anywhere between two scenes
    if (morphing || drawn.current[hidden] === scene) return;
    drawn.current[hidden] = scene;
    paintScene(stage.current, scene, hidden);
  }, [scene, narrow, stage, morphing]);
  // The hidden drawing is adopted while the page is idle too (as useSceneMorph adopts the one on
  // screen), not by its first paint, in the frame after the first morph.
  const adoptHidden = useCallback(() => {
    const hidden: LayoutName = narrow ? 'wide' : 'narrow';
    const shows = drawn.current[hidden];
    if (shows) paintScene(stage.current, shows, hidden);
  }, [narrow, stage]);
  useWhenIdle(adoptHidden, PREPARE_AFTER_MS);
  return { morphing };
}

/**
 * A scene drawn in both layouts inside `stage`, morphing from scene to scene: the drawings go
 * into the page as the markup of the first scene, and every scene after is painted into them.
 */
export function useLiveDrawing(
  scene: Scene,
  instant: boolean,
  stage: RefObject<HTMLElement | null>,
  { label, idPrefix }: { label: string; idPrefix: string },
) {
  const { morphing } = usePaintedDrawing(scene, instant, stage);
  const [first] = useState(scene);
  const drawing = (
    <DiagramSvg
      frame={first}
      narrow={first.narrow}
      still
      title={diagramName(label, scene)}
      description={scene.description}
      idPrefix={idPrefix}
    />
  );
  return { morphing, drawing };
}
