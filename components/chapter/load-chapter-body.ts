import type { MDXComponents } from 'mdx/types';
import type { Chapter } from '@/lib/content/types';

/** A chapter's compiled MDX body, for the chapter page, its embed and lecture mode alike. */
export async function loadChapterBody(chapter: Chapter): Promise<React.ComponentType<{ components?: MDXComponents }>> {
  const mdx = await import(`@/content/chapters/${chapter.file.replace(/\.mdx$/, '')}.mdx`);
  return mdx.default;
}
