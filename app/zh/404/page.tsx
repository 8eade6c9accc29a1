import { NotFoundPage, notFoundMetadata } from '@/app/_shared/routes/not-found';
import { SiteChrome } from '@/components/site/site-chrome';

// Built at zh/404/index.html and moved to zh/404.html (scripts/site/not-found-pages.mjs): the
// page the server configs show for a missing address under /zh/. Outside app/zh/(site)/, so
// its header's language switch leads to the English home (a 404 has no twin).
export const metadata = notFoundMetadata('zh');

export default function ChineseNotFound() {
  return (
    <SiteChrome lang="zh" twinIsHome>
      <NotFoundPage lang="zh" />
    </SiteChrome>
  );
}
