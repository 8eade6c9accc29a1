'use client';

import { useId, useRef, useState } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';

/**
 * The code to paste, read-only, with a copy button. The outcome is said in a polite status
 * message; where the clipboard is refused, the code is selected for the reader to copy.
 */
/** The words it needs of the embed's. */
type SnippetWords = Pick<ClientMessages['embed'], 'code' | 'copyCode' | 'codeCopied' | 'codeNotCopied'>;

export function CopySnippet({ code, t }: { code: string; t: SnippetWords }) {
  const id = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState({ code: '', text: '' });

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus({ code, text: t.codeCopied });
    } catch {
      areaRef.current?.select();
      setStatus({ code, text: t.codeNotCopied });
    }
  }

  return (
    <div className="font-ui text-sm">
      <label htmlFor={id} className="block">
        {t.code}
      </label>
      <textarea
        ref={areaRef}
        id={id}
        readOnly
        rows={5}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-1 block w-full resize-y rounded-md border border-rule bg-surface p-2 font-mono text-xs text-ink"
      />
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-accent bg-accent px-3 py-1.5 text-on-accent hover:bg-accent-deep"
        >
          {t.copyCode}
        </button>
        <span role="status" className="text-ink-soft">
          {status.code === code ? status.text : ''}
        </span>
      </p>
    </div>
  );
}
