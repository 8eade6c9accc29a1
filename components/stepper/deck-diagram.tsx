'use client';

import { useReducedMotion } from 'motion/react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { useSceneMorph } from '@/components/scrolly/use-scene-morph';
import { getScene } from '@/lib/scene/registry';
import type { SceneId } from '@/lib/scene/types';

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
  scene: SceneId;
  label: string;
  ready: boolean;
  /** The step's 0-based place in the chapter. */
  index: number;
}) {
  const reduced = useReducedMotion() ?? false;
  const target = getScene(scene);
  const frame = useSceneMorph(target, reduced || !ready);
  return (
    <div data-diagram data-active-scene={scene} data-step-index={index} className="deck-diagram">
      <DiagramSvg frame={frame} title={`${label}: ${target.title}`} description={target.description} idPrefix="deck" />
    </div>
  );
}
