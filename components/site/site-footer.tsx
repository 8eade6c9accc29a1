import Link from 'next/link';
import { SOURCE } from '@/lib/content/source';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { homePath, sourcesPath, teachPath } from '@/lib/site';

export function SiteFooter({ lang = DEFAULT_LANG }: { lang?: Lang }) {
  const t = messages(lang).chrome;
  return (
    <footer className="site-footer mt-16 border-t border-rule font-ui text-sm text-ink-soft">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="max-w-prose">
          {t.retold(SOURCE.title, SOURCE.publisher, messages(lang).site.sourceKind)}
          <Link href={sourcesPath(lang)} className="text-accent underline">
            {t.sourcesAndCredits}
          </Link>
        </p>
        <nav aria-label={t.footerNav} className="mt-3">
          <Link href={homePath(lang)} className="underline">
            {t.contents}
          </Link>
          {' · '}
          <Link href={teachPath(lang)} className="underline">
            {t.forInstructors}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
