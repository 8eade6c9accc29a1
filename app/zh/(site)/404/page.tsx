import { NotFoundPage, notFoundMetadata } from '@/app/_shared/routes/not-found';

// Built at zh/404/index.html and moved to zh/404.html (scripts/site/not-found-pages.mjs): the
// page the server configs show for a missing address under /zh/.
export const metadata = notFoundMetadata('zh');

export default function ChineseNotFound() {
  return <NotFoundPage lang="zh" />;
}
