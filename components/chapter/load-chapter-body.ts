import type { MDXComponents } from 'mdx/types';
import type { Chapter } from '@/lib/content/types';

/** A chapter's compiled MDX body, for the chapter page, its embed and lecture mode alike. */
export async function loadChapterBody(chapter: Chapter): Promise<React.ComponentType<{ components?: MDXComponents }>> {
  const name = chapter.file.replace(/\.mdx$/, '');
  const mdx =
    chapter.lang === 'zh'
      ? await import(`@/content/zh/chapters/${name}.mdx`)
      : await import(`@/content/chapters/${name}.mdx`);
  return mdx.default;
}
