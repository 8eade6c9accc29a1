'use client';

import { useEffect, useRef, useState } from 'react';
import { isHeightMessage } from '@/lib/embed/height-message';
import { FRAME_HEIGHTS } from '@/lib/embed/snippet';
import type { EmbedMode } from '@/lib/embed/query';

/**
 * The embed as a course page will show it, sized by its own height messages as the host-side
 * script would size it (capped, so the dialog stays usable).
 */
export function EmbedPreview({ src, mode, title }: { src: string; mode: EmbedMode; title: string }) {
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
      ref={frameRef}
      src={src}
      title={`Preview: ${title}`}
      className="block max-h-[70svh] w-full rounded-md border border-rule bg-paper"
      style={{ height }}
    />
  );
}
