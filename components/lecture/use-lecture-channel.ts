'use client';

import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { channelName, HELLO, readLectureMessage, stepMessage } from '@/lib/lecture/channel';

/** The projection answers where it is; the presenter asks, once, as it opens. */
type Role = 'projection' | 'presenter';

/**
 * Keeps this window on the same step as the chapter's other lecture windows, over a
 * `BroadcastChannel` (same site, same browser; nothing leaves the page). A step that arrives is
 * handed to `onStep`, which applies it without sending it on: only `announce`, called for the
 * reader's own moves, sends, so two windows never echo each other. Without BroadcastChannel
 * each window simply goes on alone.
 */
export function useLectureChannel({
  slug,
  stepCount,
  role,
  index,
  onStep,
}: {
  slug: string;
  stepCount: number;
  role: Role;
  /** This window's current step, the projection's answer to a hello. */
  index: number;
  onStep: (index: number) => void;
}): (index: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const receive = useEffectEvent((data: unknown) => {
    const message = readLectureMessage(data, slug, stepCount);
    if (message?.type === 'step') onStep(message.index);
    else if (message?.type === 'hello' && role === 'projection') {
      channel.current?.postMessage(stepMessage(slug, index));
    }
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(channelName(slug));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
    if (role === 'presenter') opened.postMessage(HELLO);
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [slug, role]);

  return useCallback((moved: number) => channel.current?.postMessage(stepMessage(slug, moved)), [slug]);
}
