import { parseTheme, type Theme } from '@/lib/theme/theme';

/**
 * The query of an embed (`/embed/<slug>/?mode=…&steps=…&step=…&theme=…&check=1`) and of lecture mode
 * (`?step=…`). A static export cannot read it on the server, so the page is drawn with the
 * defaults and the client applies the query on mount. Anything malformed or out of range falls
 * back to a sensible default: these functions never throw and never echo the raw input.
 */

export const EMBED_MODES = ['stepper', 'scroll', 'static'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];
const DEFAULT_MODE: EmbedMode = 'stepper';

/** What an embed shows. Steps are 1-based chapter step numbers, `first <= start <= last`. */
export interface EmbedView {
  mode: EmbedMode;
  first: number;
  last: number;
  /** The step it opens at. */
  start: number;
  /**
   * Its colour scheme: `system` follows the page that frames it (the browser's scheme there),
   * `light` or `dark` holds whatever the host does. The theme script in every page's head
   * applies it before the first paint; React never reads it.
   */
  theme: Theme;
  /** Whether the chapter's self-check follows the steps (stepper and scroll modes). */
  check: boolean;
}

/** Up to four digits: longer numbers are not step numbers (and would lose precision). */
const WHOLE = /^\d{1,4}$/;
const RANGE = /^(\d{0,4})\s*[-–]\s*(\d{0,4})$/;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Every step, opened at the first: what the server draws. */
export function defaultView(stepCount: number): EmbedView {
  return { mode: DEFAULT_MODE, first: 1, last: Math.max(1, stepCount), start: 1, theme: 'system', check: false };
}

function parseMode(value: string | null): EmbedMode {
  const mode = value?.trim().toLowerCase();
  return EMBED_MODES.find((known) => known === mode) ?? DEFAULT_MODE;
}

/**
 * `2-5`, `3` (one step), `2-` (to the end) or `-3` (from the start), 1-based and inclusive.
 * Ends outside the chapter are clamped into it and a reversed range is turned round; anything
 * else means the whole chapter.
 */
export function parseRange(value: string | null, stepCount: number): { first: number; last: number } {
  const all = { first: 1, last: Math.max(1, stepCount) };
  const text = value?.trim() ?? '';
  const single = WHOLE.test(text) ? Number(text) : undefined;
  const match = single === undefined ? RANGE.exec(text) : null;
  if (single === undefined && !match) return all;
  const a = single ?? (match![1] ? Number(match![1]) : all.first);
  const b = single ?? (match![2] ? Number(match![2]) : all.last);
  const low = clamp(Math.min(a, b), all.first, all.last);
  const high = clamp(Math.max(a, b), all.first, all.last);
  return { first: low, last: high };
}

/** A 1-based step number inside `first..last`, or `fallback` when it is missing or outside. */
export function parseStep(value: string | null, first: number, last: number, fallback = first): number {
  const text = value?.trim() ?? '';
  if (!WHOLE.test(text)) return fallback;
  const step = Number(text);
  return step >= first && step <= last ? step : fallback;
}

function paramsOf(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads `mode`, `steps`, `step` and `theme` from a query string (with or without its `?`). */
export function parseEmbedQuery(search: string | URLSearchParams, stepCount: number): EmbedView {
  const params = paramsOf(search);
  const { first, last } = parseRange(params.get('steps'), stepCount);
  const start = parseStep(params.get('step'), first, last);
  const theme = parseTheme(params.get('theme')?.trim().toLowerCase());
  const check = ['1', 'true', 'yes'].includes(params.get('check')?.trim().toLowerCase() ?? '');
  return { mode: parseMode(params.get('mode')), first, last, start, theme, check };
}

/** The shortest query that gives `view`: defaults are left out. Empty, or starting with `?`. */
export function embedQuery(view: EmbedView, stepCount: number): string {
  const params = new URLSearchParams();
  if (view.mode !== DEFAULT_MODE) params.set('mode', view.mode);
  if (view.first !== 1 || view.last !== Math.max(1, stepCount)) {
    params.set('steps', view.first === view.last ? String(view.first) : `${view.first}-${view.last}`);
  }
  if (view.start !== view.first) params.set('step', String(view.start));
  if (view.theme !== 'system') params.set('theme', view.theme);
  if (view.check && view.mode !== 'static') params.set('check', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
