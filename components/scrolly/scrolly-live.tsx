'use client';

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import type { SceneId, SceneMap } from '@/lib/scene/types';
import type { ScrollyStep } from './scrolly-diagram';
import { useRememberedStep } from './arrival-state';
import { PageSwitch, useTurnedPage } from './page-switch';
import { StepControls, type Onward } from './step-controls';
import type { StoryPlace } from './story-progress';
import { useActiveStep } from './use-active-step';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';

type LiveDiagram = (typeof import('./live-diagram'))['default'];

/**
 * The sticky, live diagram of a chapter (see ScrollyDiagram). It shows the server's drawing,
 * which the drawing code takes over once it has loaded, to show the step most in view.
 */
export function ScrollyLive({
  steps,
  scenes,
  label,
  startStep,
  serverDrawing,
  serverScene,
  onward,
  story,
  t,
}: {
  steps: readonly ScrollyStep[];
  /** The scenes this chapter shows, from the server, so no scene data ships as code. */
  scenes: SceneMap;
  label: string;
  /** Opens the chapter at this step (a share URL); the server draws its scene. */
  startStep?: string;
  /** The start scene as the server drew it: markup, with none of the drawing code. */
  serverDrawing: ReactNode;
  /** Which scene that is; the live drawing takes it over as it is. */
  serverScene: SceneId;
  /** Where the last step's Next leads. */
  onward?: Onward;
  /** The chapter's place in the whole story. */
  story?: StoryPlace;
  t: ClientMessages['scrolly'];
}) {
  const stageRef = useRef<HTMLDivElement>(null);
  const stepIds = useMemo(() => steps.map((step) => step.id), [steps]);
  const { index, ready, move, arrived } = useActiveStep(stepIds, stageRef, startStep);
  const reduced = useReducedMotion();
  const sceneAt = (i: number) => scenes[(steps[i] ?? steps[0]!).scene]!;
  const scene = sceneAt(index);
  // On a phone the reader may turn a step's drawing to its other page; a new step starts on its own.
  const { shown, turn } = useTurnedPage(scene);
  useRememberedStep(ready ? stepIds[index]! : null);
  // The drawing code is fetched after hydration, in tasks of its own; until it has arrived,
  // the drawing stays as it is: the server's start scene, or the scene of the step the page
  // arrived at, which the arrival scripts put in its place before the first paint.
  const [live, setLive] = useState<{ Diagram: LiveDiagram; onScreen: SceneId } | null>(null);
  useEffect(() => {
    let mounted = true;
    import('./live-diagram').then(({ default: Diagram }) => {
      if (mounted) setLive({ Diagram, onScreen: steps[arrived.current]?.scene ?? serverScene });
    });
    return () => {
      mounted = false;
    };
  }, [steps, arrived, serverScene]);

  return (
    <div
      ref={stageRef}
      data-diagram
      data-active-scene={scene.id}
      data-step-index={index}
      data-drawing={live ? 'live' : 'server'}
      className="scrolly-diagram"
    >
      {serverDrawing}
      {live && (
        <live.Diagram
          scene={shown}
          onScreen={scenes[live.onScreen]!}
          label={label}
          instant={reduced || !ready}
          stage={stageRef}
          step={stepIds[index]!}
        />
      )}
      <StepControls
        stepIds={stepIds}
        index={index}
        title={scene.title}
        onMove={(delta) => move(delta, !reduced)}
        onward={onward}
        story={story}
        t={t}
        turn={
          live && (
            // A control of each step's own (keyed by its scene): one naming another panel is a
            // new button, not this one moving as its words change.
            <PageSwitch key={scene.id} frame={shown.narrow} onTurn={turn} t={t} />
          )
        }
      />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {ready ? fill(t.announce, index + 1, steps.length, scene.description) : ''}
      </p>
    </div>
  );
}
