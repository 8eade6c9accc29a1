'use client';

import { usePathname } from 'next/navigation';
import { LANG_NAMES, LANG_TAGS, twinPath, type Lang } from '@/lib/i18n/lang';
import { STEP_STATE_KEY } from '@/lib/scrolly/step-state';
import { homePath, sitePath } from '@/lib/site';

/**
 * The chapter's step whose picture the diagram shows (each step of a chapter has its own scene;
 * the arrival scripts set it before the first paint, so it is right even before hydration),
 * else the one kept in the history entry.
 */
function stepInView(): string | null {
  const scene = document.querySelector<HTMLElement>('[data-diagram][data-active-scene]')?.dataset.activeScene;
  const section = scene ? document.querySelector(`section[data-step][data-scene="${CSS.escape(scene)}"]`) : null;
  if (section?.id) return `#${section.id}`;
  const kept = (window.history.state as Record<string, unknown> | null)?.[STEP_STATE_KEY];
  return typeof kept === 'string' ? `#${kept}` : null;
}

/**
 * A link to this page in the other language, keeping the reader's place: the same chapter (or
 * page), and on following it the step in view or the address's #step; with `home`, the other
 * language's home (from a page that has no twin, a 404). A plain link: the other language is another document (its own root layout).
 */
export function LanguageSwitch({ to, home = false }: { to: Lang; home?: boolean }) {
  // Outside a page (a component test) there is no path: the other language's home.
  const pathname = usePathname() ?? '/';
  const href = sitePath(home ? homePath(to) : twinPath(pathname, to));
  return (
    <a
      href={href}
      hrefLang={LANG_TAGS[to]}
      lang={LANG_TAGS[to]}
      className="hover:text-accent"
      onClick={(event) => {
        const hash = home ? null : (stepInView() ?? window.location.hash);
        if (hash) event.currentTarget.href = `${href}${hash}`;
      }}
    >
      {LANG_NAMES[to]}
    </a>
  );
}
