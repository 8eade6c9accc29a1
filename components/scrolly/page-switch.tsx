'use client';

import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { hasSecondPage, pageOf, secondPageName } from '@/lib/scene/pages';
import type { SceneFrame } from '@/lib/scene/types';

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
  t: ClientMessages['scrolly'];
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
