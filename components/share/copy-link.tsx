'use client';

import { useState } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';
import { sitePath } from '@/lib/site';

/**
 * A link to a chapter or a step that, with JavaScript, shares or copies itself instead of
 * navigating: the Web Share API where the device has one, the clipboard otherwise. The result
 * is said in a polite status message. Without JavaScript it is an ordinary link. `path` is the
 * site's own path; the link is made absolute on the address the page was opened from, so that
 * it is right on whatever host and folder serve the site.
 *
 * `label` is its accessible name. `glyph` (drawn by the server, e.g. LinkGlyph) comes first; as
 * an `icon` it shows only the glyph (a step's quiet control in the margin), otherwise also
 * `text`, which must be part of the label. `t`: what it says of the outcome, in the page's language.
 */
export function CopyLink({
  path,
  title,
  label,
  text = label,
  icon = false,
  glyph,
  className = '',
  t,
}: {
  path: string;
  title: string;
  label: string;
  text?: string;
  icon?: boolean;
  glyph?: React.ReactNode;
  className?: string;
  t: ClientMessages['share'];
}) {
  const [status, setStatus] = useState('');

  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(sitePath(path), window.location.href).href;
    try {
      if (navigator.share && window.matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ url, title });
        setStatus(t.shared);
      } else {
        await navigator.clipboard.writeText(url);
        setStatus(t.copied);
      }
    } catch {
      setStatus(fill(t.failed, url));
    }
  }

  return (
    <span className={`copy-link no-print font-ui text-sm ${icon ? 'copy-link-icon' : ''}`}>
      <a
        href={sitePath(path)}
        onClick={share}
        className={className}
        aria-label={icon || text !== label ? label : undefined}
        title={icon ? label : undefined}
      >
        {glyph}
        {!icon && text}
      </a>
      <span role="status" className="copy-link-status">
        {status}
      </span>
    </span>
  );
}
