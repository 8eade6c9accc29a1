import type { Metadata } from 'next';
import Sources from '@/content/pages/sources.mdx';
import { DEFAULT_LANG } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';

const t = messages(DEFAULT_LANG).sources;

export const metadata: Metadata = {
  title: t.title,
  description: t.description,
  alternates: { canonical: '/sources/' },
};

export default function SourcesPage() {
  return (
    <div className="prose prose-lg mx-auto max-w-3xl px-4 py-12">
      <h1>{t.title}</h1>
      <Sources />
    </div>
  );
}
