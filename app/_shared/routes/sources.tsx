import type { Metadata } from 'next';
import Sources from '@/content/pages/sources.mdx';
import SourcesZh from '@/content/zh/pages/sources.mdx';
import type { Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { sourcesPath } from '@/lib/site';
import { languageAlternates } from './alternates';

const PAGES = { en: Sources, zh: SourcesZh } satisfies Record<Lang, React.ComponentType>;

export function sourcesMetadata(lang: Lang): Metadata {
  const t = messages(lang).sources;
  return { title: t.title, description: t.description, alternates: languageAlternates(lang, sourcesPath) };
}

/** The sources page in `lang`. */
export function SourcesPage({ lang }: { lang: Lang }) {
  const Body = PAGES[lang];
  return (
    <div className="prose prose-lg mx-auto max-w-3xl px-4 py-12">
      <h1>{messages(lang).sources.title}</h1>
      <Body />
    </div>
  );
}
