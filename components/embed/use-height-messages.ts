'use client';

import { useEffect } from 'react';
import { heightMessage, isMeasureRequest } from '@/lib/embed/height-message';

/**
 * Tells the page hosting this frame how tall the embed is, whenever that changes, and again
 * when the host-side script asks. Posted to any origin: the message says nothing private. Off
 * outside a frame, and when `enabled` is false (scroll mode keeps the frame's own height).
 */
export function useHeightMessages(ref: React.RefObject<HTMLElement | null>, slug: string, enabled: boolean) {
  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root || window.parent === window) return;
    let sent = 0;
    const post = (force: boolean) => {
      const message = heightMessage(root.getBoundingClientRect().height, slug);
      if (message.height === 0 || (message.height === sent && !force)) return;
      sent = message.height;
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(() => post(false));
    observer.observe(root);
    observer.observe(document.body);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isMeasureRequest(event.data)) post(true);
    };
    const onLoad = () => post(true);
    window.addEventListener('message', onMessage);
    window.addEventListener('load', onLoad);
    post(false);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
      window.removeEventListener('load', onLoad);
    };
  }, [ref, slug, enabled]);
}
