'use client';

import { useMemo, useRef } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import type { SceneId, SceneMap } from '@/lib/scene/types';
import { StepControls } from './step-controls';
import { useActiveStep } from './use-active-step';
import { useNarrowShown } from './use-narrow-shown';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useSceneMorph } from './use-scene-morph';

export interface ScrollyStep {
  id: string;
  scene: SceneId;
}

/**
 * The sticky, live diagram of a chapter. The server renders it in the first step's scene, so
 * the first paint is right; after hydration it follows the step most in view.
 */
export function ScrollyDiagram({
  steps,
  scenes,
  label,
  startStep,
}: {
  steps: readonly ScrollyStep[];
  /** The scenes this chapter shows, from the server, so no scene data ships as code. */
  scenes: SceneMap;
  label: string;
  /** Opens the chapter at this step (a share URL); the server draws its scene. */
  startStep?: string;
}) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const { index, ready, move } = useActiveStep(stepIds, stageRef, startStep);
  const reduced = useReducedMotion();
  const scene = scenes[(steps[index] ?? steps[0]!).scene]!;
  // Only the drawing on screen is animated; the other one shows its scene as it is.
  const narrow = useNarrowShown(stageRef);
  const frame = useSceneMorph(narrow ? scene.narrow : scene, reduced || !ready, narrow ? 'narrow' : 'wide');

  return (
    <div ref={stageRef} data-diagram data-active-scene={scene.id} data-step-index={index} className="scrolly-diagram">
      <div className="diagram-canvas">
        <DiagramSvg
          frame={narrow ? scene : frame}
          narrow={narrow ? frame : scene.narrow}
          title={`${label}: ${scene.title}`}
          description={scene.description}
          idPrefix="live"
        />
      </div>
      <StepControls stepIds={stepIds} index={index} title={scene.title} onMove={(delta) => move(delta, !reduced)} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {ready ? `Step ${index + 1} of ${steps.length}. ${scene.description}` : ''}
      </p>
    </div>
  );
}
