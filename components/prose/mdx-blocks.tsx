import type { MDXComponents } from 'mdx/types';
import { Explorable } from '@/components/explorable/explorable';
import { blockMayAppear, BLOCK_PLACES, type BlockName, type BlockPlace } from '@/lib/content/blocks';
import { Discuss, Quote, Takeaway } from './blocks';
import { Gloss } from './gloss';

/** What draws each block of `BLOCK_PLACES` (lib/content/blocks.ts). */
const DRAWN = { Gloss, Quote, Takeaway, Discuss, Explorable } satisfies Record<BlockName, React.ComponentType<never>>;

function Nothing() {
  return null;
}

/**
 * The blocks as they are drawn at `place`: each one that may appear there, and nothing for the
 * others. The chapter page draws its body twice (the steps beside the diagram, then its tail);
 * each pass shows only the blocks of its place.
 */
export function blocksAt(place: BlockPlace): MDXComponents {
  const names = Object.keys(BLOCK_PLACES) as BlockName[];
  return Object.fromEntries(names.map((name) => [name, blockMayAppear(name, place) ? DRAWN[name] : Nothing]));
}

/** For the pass that draws a chapter's tail: its steps are drawn elsewhere. */
export const NO_STEP = { Step: Nothing } satisfies MDXComponents;
