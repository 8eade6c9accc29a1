import { SourcesPage, sourcesMetadata } from '@/app/_shared/routes/sources';

export const metadata = sourcesMetadata('en');

export default function Sources() {
  return <SourcesPage lang="en" />;
}
