import { loadEdition } from '@/content';
import { oembedFor } from '@/lib/embed/oembed';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** One oEmbed answer per Chinese chapter, at `/zh/oembed/<slug>.json`. */
export function generateStaticParams() {
  return loadEdition('zh').map((chapter) => ({ file: `${chapter.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const chapter = loadEdition('zh').find((c) => `${c.slug}.json` === file);
  if (!chapter) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(oembedFor(chapter, 'zh'));
}
