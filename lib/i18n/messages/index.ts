import type { Lang } from '@/lib/i18n/lang';
import type { Templated } from '@/lib/i18n/template';
import { templated } from '@/lib/i18n/templated';
import { en } from './en';
import type { Messages } from './types';
import { zh } from './zh';

export type { Messages } from './types';

const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, zh };

/**
 * The interface strings of `lang`, for server components (and the server's metadata). Client
 * components never import this: they are given the part they show, as `clientMessages`.
 */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

export type ClientMessages = Templated<Messages>;

const templatedCatalogues = new Map<Lang, ClientMessages>();

/**
 * The catalogue of `lang` as client components receive it (see lib/i18n/templated.ts): a
 * server component passes each client component the part it shows.
 */
export function clientMessages(lang: Lang): ClientMessages {
  let catalogue = templatedCatalogues.get(lang);
  if (!catalogue) templatedCatalogues.set(lang, (catalogue = templated(messages(lang))));
  return catalogue;
}
