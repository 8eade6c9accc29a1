/**
 * The messages by which lecture mode (the projection) and its presenter view keep to the same
 * step: a `BroadcastChannel` per chapter, so two windows of the site in one browser talk with no
 * server and no request off the page. Anything else that arrives on the channel (another
 * version of the site, a typo in a console) is read as nothing, never thrown on.
 */

/** A window moved to this step (0-based) by the reader's own action. */
export interface StepMessage {
  type: 'step';
  slug: string;
  index: number;
}

/** A presenter view that has just opened asks the projection where it is. */
export interface HelloMessage {
  type: 'hello';
}

export type LectureMessage = StepMessage | HelloMessage;

/** One channel per chapter: a presenter of one chapter never moves the projection of another. */
export function channelName(slug: string): string {
  return `thin-middle-lecture:${slug}`;
}

export function stepMessage(slug: string, index: number): StepMessage {
  return { type: 'step', slug, index };
}

export const HELLO: HelloMessage = { type: 'hello' };

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * What a message on the channel of `slug` (a chapter of `stepCount` steps) asks for, or null
 * when it is not one of ours: not an object, an unknown type, another chapter, or a step that is
 * not a whole number inside the chapter.
 */
export function readLectureMessage(data: unknown, slug: string, stepCount: number): LectureMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'hello') return HELLO;
  if (data.type !== 'step' || data.slug !== slug) return null;
  const { index } = data;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= stepCount) return null;
  return stepMessage(slug, index);
}
