'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { EmbedChapter } from '@/lib/embed/embed-chapters';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { defaultView, type EmbedView } from '@/lib/embed/query';
import { embedSnippet, embedSrc } from '@/lib/embed/snippet';
import { fill } from '@/lib/i18n/template';
import { CopySnippet } from './copy-snippet';
import { EmbedOptions } from './embed-options';
import { EmbedPreview } from './embed-preview';

/**
 * The Embed dialog: choose a chapter, its steps and a mode; see the result live; copy the code
 * (the frame plus the one-line script that sizes it). A native modal <dialog>: it traps focus,
 * closes with Escape and gives focus back to the button that opened it. Its code and preview
 * frame the chapters in the edition of `lang`.
 */
export function EmbedDialog({
  open,
  chapters,
  slug,
  onClose,
  lang = DEFAULT_LANG,
  t,
}: {
  /** Shows the dialog as a modal; the preview frame is only loaded while it is open. */
  open: boolean;
  chapters: readonly EmbedChapter[];
  slug: string;
  onClose: () => void;
  lang?: Lang;
  t: ClientMessages['embed'];
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [choice, setChoice] = useState(() => ({ slug, view: defaultView(stepCountOf(chapters, slug)) }));
  const chapter = chapters.find((c) => c.slug === choice.slug) ?? chapters[0]!;
  const count = chapter.steps.length;
  const setView = (view: EmbedView) => setChoice({ slug: chapter.slug, view });
  const setChapter = (next: string) => setChoice({ slug: next, view: defaultView(stepCountOf(chapters, next)) });

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto max-h-[calc(100svh-2rem)] w-[min(68rem,calc(100vw-2rem))] overflow-auto rounded-lg border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="grid gap-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id={headingId} className="font-prose text-2xl font-bold">
            {t.heading}
          </h2>
          <form method="dialog">
            <button type="submit" className="rounded-md border border-rule bg-surface px-3 py-1.5 font-ui text-sm">
              {t.close}
            </button>
          </form>
        </div>
        <div className="grid items-start gap-5 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <div className="grid gap-5">
            <EmbedOptions
              chapters={chapters}
              chapter={chapter}
              view={choice.view}
              onChapter={setChapter}
              onView={setView}
              t={t}
            />
            <CopySnippet code={embedSnippet(chapter.slug, chapter.title, choice.view, count, undefined, lang)} t={t} />
          </div>
          <section aria-label={t.preview} className="grid gap-1">
            <p className="font-ui text-sm text-ink-soft">{t.preview}</p>
            {open && (
              <EmbedPreview
                src={embedSrc(chapter.slug, choice.view, count, lang)}
                mode={choice.view.mode}
                title={fill(t.previewTitle, chapter.title)}
              />
            )}
          </section>
        </div>
      </div>
    </dialog>
  );
}

function stepCountOf(chapters: readonly EmbedChapter[], slug: string): number {
  return (chapters.find((c) => c.slug === slug) ?? chapters[0])?.steps.length ?? 1;
}
