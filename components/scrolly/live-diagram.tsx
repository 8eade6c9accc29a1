'use client';

import { useLayoutEffect, type RefObject } from 'react';
import { diagramName } from '@/components/diagram/diagram-svg';
import type { Scene } from '@/lib/scene/types';
import { usePaintedDrawing } from './use-live-drawing';
import { usePartPointing } from './use-part-pointing';

/**
 * The chapter's drawing, brought to life. It is loaded apart from the page's first-load script
 * (see ScrollyLive) and takes over the drawing the server put into `stage`, which showed
 * `onScreen`: nothing is drawn again when it arrives, so its arrival costs the page no more
 * than this module's evaluation (when the page is already on another step, a reload or a #step
 * link, that step's scene is painted at once: an arrival is not a step). From then on it
 * paints each new scene into that drawing, morphing, names the drawing after the scene, and
 * marks its canvas `data-morphing` while a morph is under way. The words of the active `step`
 * that name parts of the picture point into it (usePartPointing). It renders nothing of its own.
 */
export default function LiveDiagram({
  scene,
  onScreen,
  label,
  instant,
  stage,
  step,
}: {
  scene: Scene;
  onScreen: Scene;
  label: string;
  instant: boolean;
  stage: RefObject<HTMLElement | null>;
  /** The active step's id: its words may point into the drawing. */
  step: string;
}) {
  const { morphing } = usePaintedDrawing(scene, instant, stage, { onScreen, readLayoutAtOnce: true });
  usePartPointing(stage, step, morphing ? null : scene);
  useLayoutEffect(() => {
    stage.current?.querySelector('.diagram-canvas')?.toggleAttribute('data-morphing', morphing);
  }, [morphing, stage]);
  // The drawing's accessible name and description follow the scene. React rendered them on
  // the server and never renders them again, so writing them here cannot be undone by it.
  useLayoutEffect(() => {
    const svg = stage.current?.querySelector('.diagram-canvas > svg');
    const name = diagramName(label, scene);
    const title = svg?.querySelector(':scope > title');
    const desc = svg?.querySelector(':scope > desc');
    if (title && title.textContent !== name) title.textContent = name;
    if (desc && desc.textContent !== scene.description) desc.textContent = scene.description;
  }, [scene, label, stage]);
  return null;
}
