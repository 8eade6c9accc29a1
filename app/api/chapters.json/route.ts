import { loadChapters } from '@/content';
import { getScene } from '@/content/scenes';
import { buildManifest } from '@/lib/manifest';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildManifest(loadChapters(), getScene));
}
