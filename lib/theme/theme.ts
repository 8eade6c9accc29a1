/**
 * The reader's colour scheme: the system's (the default), or light or dark by choice, kept in
 * the browser under THEME_KEY. The choice is applied as `data-theme` on the root element, which
 * app/styles/tokens.css reads; with none, the stylesheet follows `prefers-color-scheme`.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the choice is kept (localStorage). */
export const THEME_KEY = 'thin-middle-theme';

/** A stored or asked-for value as a scheme, if it names one; anything else is the system's. */
export function parseTheme(value: string | null | undefined): Theme {
  return THEMES.find((theme) => theme === value) ?? 'system';
}

/**
 * The few lines that run before the first paint, inline in every page's head: an address's
 * `?theme=light|dark` (an embed's, or a projector's) wins, then the reader's stored choice
 * (not in an embed, which follows its host page's scheme), else nothing, and the system's
 * scheme applies through CSS. Storage may be refused (a sandboxed frame): then nothing is set.
 */
export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,q=new URLSearchParams(location.search).get("theme"),t=q==="light"||q==="dark"?q:/\\/embed\\//.test(location.pathname)?null:localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`;
