import type { MDXComponents } from 'mdx/types';
import { Discuss, Quote, Takeaway } from '@/components/prose/blocks';
import { Explorable } from '@/components/explorable/explorable';
import { Gloss } from '@/components/prose/gloss';
import { SiteLink } from '@/components/prose/site-link';
import { Step } from '@/components/prose/step';

const components = { Step, Gloss, Quote, Takeaway, Discuss, Explorable, a: SiteLink } satisfies MDXComponents;

export function useMDXComponents(): MDXComponents {
  return components;
}
