import type { MDXComponents } from 'mdx/types';
import { blocksAt } from '@/components/prose/mdx-blocks';
import type { Lang } from '@/lib/i18n/lang';
import { SiteLink } from '@/components/prose/site-link';
import { StepSlot } from './step-slot';

/** Links in a frame or on a projector open in a new tab, so the lecture stays where it is. */
function NewTabLink(props: React.ComponentProps<'a'>) {
  return <SiteLink {...props} target="_blank" rel="noopener" />;
}

/**
 * The MDX tags of a chapter as embeds and lecture mode render them: each step through
 * `StepSlot`, with the blocks a step may hold; the chapter's tail (the takeaway, discussion
 * questions and the explorable) stays on the chapter page. The blocks' interface is in `lang`.
 */
export const slotComponents = (lang: Lang) =>
  ({ ...blocksAt('step', lang), Step: StepSlot, a: NewTabLink }) satisfies MDXComponents;
