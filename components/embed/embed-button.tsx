'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { EmbedDialog } from './embed-dialog';
import type { EmbedChapter } from './embed-options';

/**
 * Opens the Embed dialog for a chapter (`slug`); `chapters` lets the reader pick another one.
 * It appears once the page's scripts run: without them the dialog could not open.
 */
export function EmbedButton({
  chapters,
  slug,
  className = 'font-ui text-sm text-ink-soft underline decoration-dotted underline-offset-4 hover:text-accent',
}: {
  chapters: readonly EmbedChapter[];
  slug: string;
  className?: string;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const scripted = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  if (!scripted) return null;
  return (
    <>
      <button
        type="button"
        className={`no-print ${className}`}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        Embed
      </button>
      <EmbedDialog ref={dialogRef} open={open} chapters={chapters} slug={slug} onClose={() => setOpen(false)} />
    </>
  );
}

const subscribeToNothing = () => () => undefined;
const isClient = () => true;
const isServer = () => false;
