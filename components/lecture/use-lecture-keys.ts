'use client';

import { useEffect, useEffectEvent } from 'react';
import { lectureAction, type LectureAction, type Keymap } from '@/lib/lecture/keys';

/**
 * Listens for the lecture's keys on the whole page (inside a frame, on the frame's page). Keys
 * typed into form fields, or pressed with a modifier, are left alone.
 */
export function useLectureKeys(keymap: Keymap, onAction: (action: LectureAction) => void) {
  const act = useEffectEvent(onAction);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = lectureAction(
        {
          key: event.key,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          tagName: target?.tagName,
          inputType: target instanceof HTMLInputElement ? target.type : undefined,
          isContentEditable: target?.isContentEditable,
        },
        keymap,
      );
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keymap]);
}
