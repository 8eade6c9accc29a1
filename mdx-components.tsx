import type { MDXComponents } from 'mdx/types';
import { blocksAt } from '@/components/prose/mdx-blocks';
import { SiteLink } from '@/components/prose/site-link';

/** The pages' blocks (content/pages); the chapter views give a chapter's blocks themselves. */
const components = { ...blocksAt('page'), a: SiteLink } satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
