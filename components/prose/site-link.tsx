import { sitePath } from '@/lib/site';

/**
 * A link written in MDX. A path on the site (`/sources/`) is put under the base path, so a
 * site served from a folder keeps its links inside that folder; other links pass through.
 */
export function SiteLink({ href, ...props }: React.ComponentProps<'a'>) {
  const local = href !== undefined && href.startsWith('/') && !href.startsWith('//');
  return <a {...props} href={local ? sitePath(href) : href} />;
}
