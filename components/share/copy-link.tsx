'use client';

import { useState } from 'react';

/**
 * A link to a chapter or a step that, with JavaScript, shares or copies itself instead of
 * navigating: the Web Share API where the device has one, the clipboard otherwise. The result
 * is said in a polite status message. Without JavaScript it is an ordinary link.
 *
 * `label` is its accessible name. As an `icon` it shows only a link glyph (a step's quiet
 * control in the margin); otherwise it shows `text`, which must be part of the label.
 */
export function CopyLink({
  path,
  title,
  label,
  text = label,
  icon = false,
  className = '',
}: {
  path: string;
  title: string;
  label: string;
  text?: string;
  icon?: boolean;
  className?: string;
}) {
  const [status, setStatus] = useState('');

  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(path, window.location.href).href;
    try {
      if (navigator.share && window.matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ url, title });
        setStatus('Shared.');
      } else {
        await navigator.clipboard.writeText(url);
        setStatus('Link copied to the clipboard.');
      }
    } catch {
      setStatus(`Could not copy automatically; the link is ${url}`);
    }
  }

  return (
    <span className={`copy-link no-print font-ui text-sm ${icon ? 'copy-link-icon' : ''}`}>
      <a
        href={path}
        onClick={share}
        className={className}
        aria-label={icon || text !== label ? label : undefined}
        title={icon ? label : undefined}
      >
        <LinkGlyph />
        {!icon && text}
      </a>
      <span role="status" className="copy-link-status">
        {status}
      </span>
    </span>
  );
}

/** Two chain links, drawn in the text colour. */
function LinkGlyph() {
  return (
    <svg
      className="copy-link-glyph"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
      <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
    </svg>
  );
}
