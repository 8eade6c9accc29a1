'use client';

import { useId, useState } from 'react';
import { defaultView, type EmbedView } from '@/lib/embed/query';
import { embedSnippet, embedSrc } from '@/lib/embed/snippet';
import { CopySnippet } from './copy-snippet';
import { EmbedOptions, type EmbedChapter } from './embed-options';
import { EmbedPreview } from './embed-preview';

/**
 * The Embed dialog: choose a chapter, its steps and a mode; see the result live; copy the code
 * (the frame plus the one-line script that sizes it). A native modal <dialog>: it traps focus,
 * closes with Escape and gives focus back to the button that opened it.
 */
export function EmbedDialog({
  ref,
  open,
  chapters,
  slug,
  onClose,
}: {
  ref: React.Ref<HTMLDialogElement>;
  /** The preview frame is only loaded while the dialog is open. */
  open: boolean;
  chapters: readonly EmbedChapter[];
  slug: string;
  onClose: () => void;
}) {
  const headingId = useId();
  const [choice, setChoice] = useState(() => ({ slug, view: defaultView(stepCountOf(chapters, slug)) }));
  const chapter = chapters.find((c) => c.slug === choice.slug) ?? chapters[0]!;
  const count = chapter.steps.length;
  const setView = (view: EmbedView) => setChoice({ slug: chapter.slug, view });
  const setChapter = (next: string) => setChoice({ slug: next, view: defaultView(stepCountOf(chapters, next)) });

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto max-h-[calc(100svh-2rem)] w-[min(52rem,calc(100vw-2rem))] overflow-auto rounded-lg border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-ink/40"
    >
      <div className="grid gap-4 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id={headingId} className="font-prose text-2xl font-bold">
            Embed in a course page
          </h2>
          <form method="dialog">
            <button type="submit" className="rounded-md border border-rule bg-white px-3 py-1.5 font-ui text-sm">
              Close
            </button>
          </form>
        </div>
        <EmbedOptions
          chapters={chapters}
          chapter={chapter}
          view={choice.view}
          onChapter={setChapter}
          onView={setView}
        />
        <section aria-label="Preview" className="grid gap-1">
          <p className="font-ui text-sm text-ink-soft">Preview</p>
          {open && (
            <EmbedPreview
              src={embedSrc(chapter.slug, choice.view, count)}
              mode={choice.view.mode}
              title={chapter.title}
            />
          )}
        </section>
        <CopySnippet code={embedSnippet(chapter.slug, chapter.title, choice.view, count)} />
      </div>
    </dialog>
  );
}

function stepCountOf(chapters: readonly EmbedChapter[], slug: string): number {
  return (chapters.find((c) => c.slug === slug) ?? chapters[0])?.steps.length ?? 1;
}
