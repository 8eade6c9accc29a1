import type { MDXComponents } from 'mdx/types';
import { blocksAt } from '@/components/prose/mdx-blocks';
import { SiteLink } from '@/components/prose/site-link';
import { DEFAULT_LANG } from '@/lib/i18n/lang';

/** The pages' blocks (content/pages); the chapter views give a chapter's blocks themselves. */
const components = { ...blocksAt('page', DEFAULT_LANG), a: SiteLink } satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
