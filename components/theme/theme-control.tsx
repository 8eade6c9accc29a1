'use client';

import { useId, useSyncExternalStore } from 'react';
import type { ClientMessages } from '@/lib/i18n/messages';
import { parseTheme, THEME_KEY, THEMES, type Theme } from '@/lib/theme/theme';

/** Applies a choice as the theme script does at load: `data-theme`, or none for the system's. */
function apply(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** A choice made on this page, for when storage refuses it (a sandbox): it holds until the page goes. */
let unstored: Theme | null = null;
const listeners = new Set<() => void>();

function store(theme: Theme) {
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
    unstored = null;
  } catch {
    unstored = theme;
  }
  apply(theme);
  listeners.forEach((listener) => listener());
}

function stored(): Theme {
  if (unstored) return unstored;
  try {
    return parseTheme(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

/** Follows the choice made here and in the reader's other tabs (the storage event). */
function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY && event.key !== null) return;
    apply(stored());
    listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const noSubscription = () => () => {};

/**
 * The reader's choice of scheme: the system's, light or dark, remembered in this browser and
 * applied at once (the theme script applies it before the first paint of every later page). A
 * native select: a keyboard, a screen reader and a phone's picker all know it. Without script it
 * does nothing, so it is hidden then (app/_shared/root-document.tsx). `t`: its words, in the page's language.
 */
export function ThemeControl({ t }: { t: ClientMessages['theme'] }) {
  const id = useId();
  // The server renders the system's; the stored choice shows from hydration on.
  const theme = useSyncExternalStore(subscribe, stored, () => 'system' as const);
  // Until the page's script has run a choice could not be applied, nor kept once React takes
  // the select over: the server's select is disabled, and hydration enables it.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <span className="theme-control">
      <label htmlFor={id} className="visually-hidden">
        {t.label}
      </label>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="theme-glyph">
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
      </svg>
      <select
        id={id}
        className="theme-select"
        value={theme}
        disabled={!live}
        onChange={(event) => store(parseTheme(event.target.value))}
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t[value]}
          </option>
        ))}
      </select>
    </span>
  );
}
