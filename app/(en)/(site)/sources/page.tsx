import type { Metadata } from 'next';
import Sources from '@/content/pages/sources.mdx';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'The article this explainer retells, its reference, and what the explainer adds.',
  alternates: { canonical: '/sources/' },
};

export default function SourcesPage() {
  return (
    <div className="prose prose-lg mx-auto max-w-3xl px-4 py-12">
      <h1>Sources</h1>
      <Sources />
    </div>
  );
}
