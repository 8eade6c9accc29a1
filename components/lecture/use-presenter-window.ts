'use client';

import { useRef, useState } from 'react';
import { PRESENTER_FEATURES, PRESENTER_WINDOW, presenterPath } from '@/lib/lecture/presenter';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { sitePath } from '@/lib/site';

/**
 * Opens the chapter's presenter view in its own window, at the step the room is on, or brings
 * the one already open to the front. A browser that blocks the window is not an error: `blocked`
 * turns true, for a polite line that says so and offers a plain link (a click on a link is let
 * through where a key press may not be). The presenter view is the one of `lang`'s edition.
 */
export function usePresenterWindow(slug: string, index: number, lang: Lang = DEFAULT_LANG) {
  /** The window this page opened, and for which chapter: another chapter's is sent to this one. */
  const opened = useRef<{ presenter: Window; slug: string } | null>(null);
  const [blocked, setBlocked] = useState(false);
  const href = `${sitePath(presenterPath(slug, lang))}?step=${index + 1}`;

  const open = () => {
    const current = opened.current;
    if (current && !current.presenter.closed && current.slug === slug) {
      current.presenter.focus();
      setBlocked(false);
      return;
    }
    let presenter: Window | null = null;
    try {
      presenter = window.open(href, PRESENTER_WINDOW, PRESENTER_FEATURES);
    } catch {
      // Some embedded browsers throw rather than return null: the same answer.
    }
    opened.current = presenter && { presenter, slug };
    setBlocked(!presenter);
  };

  return { open, blocked, href };
}
