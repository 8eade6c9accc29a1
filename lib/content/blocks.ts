/**
 * Where an MDX block may appear: `step`, inside a chapter's `<Step>` (drawn beside the live
 * diagram, and in embeds and lecture mode); `tail`, in a chapter after its steps (drawn below
 * them, on the chapter page only); `page`, in a page of content/pages (home, sources).
 */
export type BlockPlace = 'step' | 'tail' | 'page';

/**
 * The meaning-only tags an author may write besides `<Step>`, and where each may appear. The
 * chapter views draw a block only where it may appear, and the content check fails the build,
 * naming the file and line, on a block anywhere else or on a tag that is not here.
 */
export const BLOCK_PLACES = {
  Gloss: ['step', 'tail', 'page'],
  /** Words naming a part of the step's picture, which they light up (lib/content/parts.ts). */
  Part: ['step'],
  Quote: ['step', 'tail', 'page'],
  Takeaway: ['tail'],
  Discuss: ['tail'],
  Explorable: ['tail'],
  /** The chapter's self-check (its `<Question>`s and their `<Answer>`s, see lib/content/parse-check.ts). */
  SelfCheck: ['tail'],
  /** A step's teaching note: what to ask, what to point at. Shown only in the presenter view. */
  Teach: ['step'],
} as const satisfies Record<string, readonly BlockPlace[]>;

export type BlockName = keyof typeof BLOCK_PLACES;

/** The tag that makes a step: the only tag at a chapter's top level besides tail blocks. */
export const STEP_TAG = 'Step';

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(BLOCK_PLACES, name);
}

/** Whether the block may appear at `place`. */
export function blockMayAppear(name: BlockName, place: BlockPlace): boolean {
  return (BLOCK_PLACES[name] as readonly BlockPlace[]).includes(place);
}
