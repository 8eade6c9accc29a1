'use client';

import { useId, useRef, useState } from 'react';

/**
 * The code to paste, read-only, with a copy button. The outcome is said in a polite status
 * message; where the clipboard is refused, the code is selected for the reader to copy.
 */
export function CopySnippet({ code }: { code: string }) {
  const id = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState({ code: '', text: '' });

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus({ code, text: 'Code copied to the clipboard.' });
    } catch {
      areaRef.current?.select();
      setStatus({
        code,
        text: 'Could not copy automatically: the code is selected, copy it with Ctrl+C (⌘C on a Mac).',
      });
    }
  }

  return (
    <div className="font-ui text-sm">
      <label htmlFor={id} className="block">
        Code to paste into your page
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
          Copy code
        </button>
        <span role="status" className="text-ink-soft">
          {status.code === code ? status.text : ''}
        </span>
      </p>
    </div>
  );
}
