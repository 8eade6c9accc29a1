import { SourcesPage, sourcesMetadata } from '@/app/_shared/routes/sources';

export const metadata = sourcesMetadata('zh');

export default function Sources() {
  return <SourcesPage lang="zh" />;
}
