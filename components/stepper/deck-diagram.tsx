'use client';

import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useSceneMorph } from '@/components/scrolly/use-scene-morph';
import type { Scene } from '@/lib/scene/types';

/**
 * The deck's live diagram: the same morph and the same contract as the scrolly diagram
 * (`data-diagram`, `data-active-scene`). Until `ready`, and with reduced motion, the scene is
 * drawn at once.
 */
export function DeckDiagram({
  scene,
  label,
  ready,
  index,
}: {
  scene: Scene;
  label: string;
  ready: boolean;
  /** The step's 0-based place in the chapter. */
  index: number;
}) {
  const frame = useSceneMorph(scene, useReducedMotion() || !ready);
  return (
    <div data-diagram data-active-scene={scene.id} data-step-index={index} className="deck-diagram">
      <DiagramSvg frame={frame} title={`${label}: ${scene.title}`} description={scene.description} idPrefix="deck" />
    </div>
  );
}
