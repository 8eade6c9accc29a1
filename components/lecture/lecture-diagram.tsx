'use client';

import { useRef } from 'react';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useLiveDrawing } from '@/components/scrolly/use-live-drawing';
import type { Scene } from '@/lib/scene/types';

/**
 * The lecture's live diagram: the same morph and the same contract as the scrolly diagram
 * (`data-diagram`, `data-active-scene`). Until `ready`, and with reduced motion, the scene is
 * drawn at once.
 */
export function LectureDiagram({
  scene,
  ready,
  index,
  label,
}: {
  scene: Scene;
  /** The diagram's accessible name, before the scene's title. */
  label: string;
  ready: boolean;
  /** The step's 0-based place in the chapter. */
  index: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // On a phone (an embed in a narrow column, lecture mode on a phone) CSS shows the phone drawing.
  const { morphing, drawing } = useLiveDrawing(scene, useReducedMotion() || !ready, ref, {
    label,
    idPrefix: 'deck',
  });
  return (
    <div
      ref={ref}
      data-diagram
      data-active-scene={scene.id}
      data-step-index={index}
      data-morphing={morphing ? '' : undefined}
      className="deck-diagram"
    >
      {drawing}
    </div>
  );
}
