import { useId } from 'react';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

/**
 * A term with a short explanation. The note is a native popover: it opens by click, tap,
 * Enter or Space, closes with Escape or a click elsewhere, and needs no JavaScript.
 */
export function Gloss({
  note,
  after,
  lang = DEFAULT_LANG,
  children,
}: {
  note: string;
  /** Punctuation that follows the term, kept on its line (moved here by remark-gloss-punctuation). */
  after?: string;
  lang?: Lang;
  children: React.ReactNode;
}) {
  const id = `gloss${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <span className="gloss">
      <span className="whitespace-nowrap">
        <button type="button" className="gloss-term" popoverTarget={id} aria-describedby={`${id}-hint`}>
          {children}
        </button>
        {after}
      </span>
      <span id={`${id}-hint`} hidden>
        {messages(lang).prose.glossHint}
      </span>
      <span id={id} popover="auto" role="note" className="gloss-note">
        {note}
      </span>
    </span>
  );
}
