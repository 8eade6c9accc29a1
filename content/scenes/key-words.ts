import type { Lang } from '@/lib/i18n/lang';
import { KEY_EN, type KeyWords } from '@/lib/scene/legend';
import { KEY_ZH } from './zh/catalogue';

/**
 * The colour key's words in each language. Apart from the scenes, so that the drawing code,
 * which draws the key in every frame, brings no scene into the browser.
 */
export const KEY_WORDS: Record<Lang, KeyWords> = { en: KEY_EN, zh: KEY_ZH };
