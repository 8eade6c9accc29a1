'use client';

import { useEffect, useRef, useState } from 'react';
import { isHeightMessage } from '@/lib/embed/height-message';
import { FRAME_HEIGHTS } from '@/lib/embed/snippet';
import type { EmbedMode } from '@/lib/embed/query';

/** How long the options must stay put before the preview loads the embed they describe. */
const SETTLE_MS = 300;

/**
 * `value`, once it has stopped changing for `ms`; the first value at once. The preview then
 * loads one embed for a burst of changes (a step range picked end by end, then a mode), instead
 * of starting a page per change and abandoning each while it is still being parsed.
 */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The embed as a course page will show it, sized by its own height messages as the host-side
 * script would size it (capped, so the dialog stays usable). Each address gets a frame of its
 * own (`key`): a page still loading in the old frame is discarded with its frame instead of being
 * navigated away from in the middle of its parse and hydration, where a busy machine once saw
 * React report its server stream as cut short ("Connection closed", React error 412).
 */
/** `title`: the frame's accessible name. */
export function EmbedPreview({ src: wanted, mode, title }: { src: string; mode: EmbedMode; title: string }) {
  const src = useSettled(wanted, SETTLE_MS);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [measured, setMeasured] = useState<{ src: string; height: number } | null>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = frameRef.current;
      if (!frame || event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      if (isHeightMessage(event.data)) setMeasured({ src, height: event.data.height });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);

  const height = measured?.src === src ? measured.height : FRAME_HEIGHTS[mode];
  return (
    <iframe
      key={src}
      ref={frameRef}
      src={src}
      title={title}
      aria-busy={src !== wanted}
      className="block max-h-[70svh] w-full rounded-md border border-rule bg-paper"
      style={{ height }}
    />
  );
}
