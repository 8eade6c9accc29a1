/**
 * The messages between an embed and the page that hosts it (see README, "Embedding and
 * lecture mode"). The embed posts its height whenever it changes; the host-side script
 * (public/embed-host.js, which repeats these checks in plain JavaScript) sets the frame's
 * height, and on start asks every frame of the site to post its height again.
 */

export const HEIGHT_MESSAGE = 'thin-middle:height';
const MEASURE_REQUEST = 'thin-middle:measure';

/** Taller than any sensible page; a bigger number is not a height to apply. */
const MAX_HEIGHT = 100_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** CSS pixels the frame needs to show the whole embed without scrolling; a whole number. */
  height: number;
  /** Which chapter the frame shows. */
  slug: string;
}

export function heightMessage(height: number, slug: string): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height))), slug };
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!isRecord(data) || data.type !== HEIGHT_MESSAGE || typeof data.slug !== 'string') return false;
  const { height } = data;
  return typeof height === 'number' && Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT;
}

export function isMeasureRequest(data: unknown): boolean {
  return isRecord(data) && data.type === MEASURE_REQUEST;
}
