'use client';

import { useState } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { hasSecondPage, pageOf, secondPageName, turnedTo } from '@/lib/scene/pages';
import type { Scene, SceneFrame, SceneId } from '@/lib/scene/types';

/** The words the switch says, from the story's controls. */
export type PageSwitchWords = Pick<ClientMessages['scrolly'], 'showPanel' | 'showPlatform' | 'platform' | 'sidePanel'>;

/**
 * The scene as the reader has turned its phone drawing: a step starts on the page its scene
 * opens on, and `turn` flips to the other. Moving to another step forgets the turn.
 */
export function useTurnedPage(scene: Scene): { shown: Scene; turn: () => void } {
  const [turned, setTurned] = useState<{ scene: SceneId; page: 1 | 2 } | null>(null);
  const shown = turned?.scene === scene.id ? turnedTo(scene, turned.page) : scene;
  return { shown, turn: () => setTurned({ scene: scene.id, page: pageOf(shown.narrow) === 2 ? 1 : 2 }) };
}

/**
 * On a phone, a step whose picture has a side panel shows it on a second page of the drawing:
 * this button turns to the other page. Hidden on wide screens, which show both side by side.
 */
export function PageSwitch({
  frame,
  onTurn,
  t,
}: {
  /** The phone drawing's frame as shown. */
  frame: SceneFrame;
  onTurn: () => void;
  t: PageSwitchWords;
}) {
  if (!hasSecondPage(frame)) return null;
  const panel = secondPageName(frame) || t.sidePanel;
  const onPanel = pageOf(frame) === 2;
  return (
    <button
      type="button"
      className="step-button page-switch"
      data-page={pageOf(frame)}
      aria-label={onPanel ? t.showPlatform : fill(t.showPanel, panel)}
      onClick={onTurn}
    >
      {onPanel ? (
        <>
          <span aria-hidden="true">←</span> {t.platform}
        </>
      ) : (
        <>
          {panel} <span aria-hidden="true">→</span>
        </>
      )}
    </button>
  );
}
