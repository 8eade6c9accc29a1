'use client';

import { useRef, useState } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useNarrowShown } from '@/components/scrolly/use-narrow-shown';
import { useSceneMorph } from '@/components/scrolly/use-scene-morph';
import type { Scene } from '@/lib/scene/types';

/** The diagram's accessible name, before the scene's title. */
const LABEL = 'Architecture diagram';

/**
 * The lecture's live diagram: the same morph and the same contract as the scrolly diagram
 * (`data-diagram`, `data-active-scene`). Until `ready`, and with reduced motion, the scene is
 * drawn at once.
 */
export function LectureDiagram({
  scene,
  ready,
  index,
}: {
  scene: Scene;
  ready: boolean;
  /** The step's 0-based place in the chapter. */
  index: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // On a phone (an embed in a narrow column, lecture mode on a phone) CSS shows the phone drawing.
  const narrow = useNarrowShown(ref);
  const [first] = useState(scene);
  const { morphing } = useSceneMorph(
    narrow ? scene.narrow : scene,
    useReducedMotion() || !ready,
    narrow ? 'narrow' : 'wide',
    ref,
  );
  return (
    <div
      ref={ref}
      data-diagram
      data-active-scene={scene.id}
      data-step-index={index}
      data-morphing={morphing ? '' : undefined}
      className="deck-diagram"
    >
      <DiagramSvg
        frame={first}
        narrow={first.narrow}
        still
        title={`${LABEL}: ${scene.title}`}
        description={scene.description}
        idPrefix="deck"
      />
    </div>
  );
}
