import { loadChapters } from '@/lib/content/load-chapters';
import { buildManifest } from '@/lib/manifest';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildManifest(loadChapters()));
}
