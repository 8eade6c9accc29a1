import type { MDXComponents } from 'mdx/types';
import { Explorable } from '@/components/explorable/explorable';
import { blockMayAppear, BLOCK_PLACES, type BlockName, type BlockPlace } from '@/lib/content/blocks';
import type { Lang } from '@/lib/i18n/lang';
import { Discuss, Quote, Takeaway } from './blocks';
import { Gloss } from './gloss';
import { Part } from './part';

/** What draws each block of `BLOCK_PLACES` (lib/content/blocks.ts). */
function Nothing() {
  return null;
}

/**
 * The blocks in `lang`. A teaching note is for the presenter view, which reads it from the
 * chapter's index; the self-check is drawn by the chapter page from its parsed questions (it
 * gives its own).
 */
const drawn = (lang: Lang) =>
  ({
    Gloss: (props: React.ComponentProps<typeof Gloss>) => <Gloss {...props} lang={lang} />,
    Part: (props: React.ComponentProps<typeof Part>) => <Part {...props} lang={lang} />,
    Quote,
    Takeaway: (props: React.ComponentProps<typeof Takeaway>) => <Takeaway {...props} lang={lang} />,
    Discuss: (props: React.ComponentProps<typeof Discuss>) => <Discuss {...props} lang={lang} />,
    Explorable: () => <Explorable lang={lang} />,
    SelfCheck: Nothing,
    Teach: Nothing,
  }) satisfies Record<BlockName, React.ComponentType<never>>;

/**
 * The blocks as they are drawn at `place`: each one that may appear there, and nothing for the
 * others. The chapter page draws its body twice (the steps beside the diagram, then its tail);
 * each pass shows only the blocks of its place. Their interface is in `lang`.
 */
export function blocksAt(place: BlockPlace, lang: Lang): MDXComponents {
  const names = Object.keys(BLOCK_PLACES) as BlockName[];
  const blocks = drawn(lang);
  return {
    ...Object.fromEntries(names.map((name) => [name, blockMayAppear(name, place) ? blocks[name] : Nothing])),
    // Written inside <SelfCheck>, which draws from the parsed questions: MDX still asks for them.
    Question: Nothing,
    Answer: Nothing,
  };
}

/** For the pass that draws a chapter's tail: its steps are drawn elsewhere. */
export const NO_STEP = { Step: Nothing } satisfies MDXComponents;
