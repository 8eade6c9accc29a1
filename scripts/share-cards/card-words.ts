import type { Lang } from '@/lib/i18n/lang';
import { SITE_NAME } from '@/lib/site';

/** What a share card says around its text, and the font it says it in, in each language. */
export const CARD_WORDS: Record<
  Lang,
  { fontFamily: string; siteName: string; chapterOf: (order: number, count: number) => string }
> = {
  en: { fontFamily: 'Inter', siteName: SITE_NAME, chapterOf: (order, count) => `CHAPTER ${order} OF ${count}` },
  zh: {
    fontFamily: 'Noto Sans SC',
    siteName: '变薄的中台',
    chapterOf: (order, count) => `第 ${order} 章，共 ${count} 章`,
  },
};
