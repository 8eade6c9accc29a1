import { loadEdition } from '@/content';
import { getSceneIn } from '@/content/scenes/in-lang';
import { buildManifest } from '@/lib/manifest';

export const dynamic = 'force-static';

/** The Chinese edition's table of contents: the English manifest's shape, its words and URLs in Chinese. */
export function GET() {
  return Response.json(buildManifest(loadEdition('zh'), (id) => getSceneIn(id, 'zh'), 'zh'));
}
