'use client';

import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { EmbedChapter } from '@/lib/embed/embed-chapters';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';

const loadDialog = () => import('./embed-dialog');
const EmbedDialog = lazy(() => loadDialog().then((module) => ({ default: module.EmbedDialog })));

/**
 * Opens the Embed dialog for a chapter (`slug`); `chapters` (from `embedChapters()`, on the
 * server) lets the reader pick another one. The dialog's code loads when the button is first
 * pointed at, focused or pressed, so it costs the chapter page nothing up front; it is drawn
 * into <body>, so the button is phrasing content and may sit inside a paragraph. The button
 * shows once the page's scripts run (without them the dialog could not open); until then it
 * keeps its room, so nothing shifts when it appears. `t`: its and the dialog's words, in the
 * page's language; `lang`, the edition the embed code frames.
 */
export function EmbedButton({
  chapters,
  slug,
  className = 'font-ui text-sm text-ink-soft underline decoration-dotted underline-offset-4 hover:text-accent',
  lang = DEFAULT_LANG,
  t,
}: {
  chapters: readonly EmbedChapter[];
  slug: string;
  className?: string;
  lang?: Lang;
  t: ClientMessages['embed'];
}) {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const scripted = useSyncExternalStore(subscribeToNothing, isClient, isServer);
  return (
    <>
      <button
        type="button"
        className={`no-print ${className}${scripted ? '' : ' invisible'}`}
        aria-haspopup="dialog"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        {t.button}
      </button>
      {used &&
        createPortal(
          <Suspense fallback={null}>
            <EmbedDialog open={open} chapters={chapters} slug={slug} onClose={() => setOpen(false)} lang={lang} t={t} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}

const subscribeToNothing = () => () => undefined;
const isClient = () => true;
const isServer = () => false;
