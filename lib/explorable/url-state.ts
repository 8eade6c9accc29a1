/**
 * The explorable's state in the URL query, so an instructor can link to a prepared
 * configuration: `shape=thin&needs=user,payment,infra`, or for a preset `preset=rhino&shape=2015`.
 * Parsing never throws: unknown ids are ignored, an unknown shape becomes `2015`, duplicates
 * count once, over-long values are cut, and anything unusable falls back to DEFAULT_STATE.
 */
import { CAPABILITY_IDS } from './catalogue';
import { isPresetId, preset as presetInfo } from './presets';
import { type PlatformShape, isPlatformShape } from './shapes';
import { DEFAULT_STATE, type ExplorableState, makeState } from './state';

export type { ExplorableState } from './state';
export { DEFAULT_STATE } from './state';

/** The query a page receives: a URLSearchParams, a Next.js `searchParams` object, or a raw query string. */
export type ExplorableQuery = URLSearchParams | Record<string, string | string[] | undefined> | string;

/** The longest value worth reading: every capability id once, with room for spaces. */
const MAX_VALUE_LENGTH = CAPABILITY_IDS.join(', ').length;

function read(params: ExplorableQuery, key: string): string | undefined {
  if (typeof params === 'string') return read(new URLSearchParams(params), key);
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  if (!Object.prototype.hasOwnProperty.call(params, key)) return undefined;
  const raw: unknown = params[key];
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value : undefined;
}

function clean(value: string | undefined): string | undefined {
  return value?.slice(0, MAX_VALUE_LENGTH).trim().toLowerCase();
}

/**
 * The state a query names. `needs` wins over `preset` when both are present (the preset is then
 * whatever preset those needs match, if any); with neither, the needs are the Hema-like preset's.
 */
export function parseExplorableQuery(params: ExplorableQuery): ExplorableState {
  try {
    const shapeValue = clean(read(params, 'shape'));
    const shape: PlatformShape = isPlatformShape(shapeValue) ? shapeValue : DEFAULT_STATE.shape;
    const needsValue = clean(read(params, 'needs'));
    if (needsValue !== undefined)
      return makeState(
        shape,
        needsValue.split(',').map((part) => part.trim()),
      );
    const presetValue = clean(read(params, 'preset'));
    const needs = isPresetId(presetValue) ? presetInfo(presetValue).needs : DEFAULT_STATE.needs;
    return makeState(shape, needs);
  } catch {
    return DEFAULT_STATE;
  }
}

/**
 * The query string (without `?`) for a state. A state whose needs are a preset's is written as
 * that preset. The ids are URL-safe, so the commas stay readable.
 */
export function serializeExplorableState(state: ExplorableState): string {
  const canonical = makeState(state.shape, state.needs);
  const shape = `shape=${canonical.shape}`;
  if (canonical.preset) return `preset=${canonical.preset}&${shape}`;
  return `${shape}&needs=${canonical.needs.join(',')}`;
}
