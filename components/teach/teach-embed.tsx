'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { CopySnippet } from '@/components/embed/copy-snippet';
import { defaultView, EMBED_MODES, type EmbedMode } from '@/lib/embed/query';
import { embedSnippet } from '@/lib/embed/snippet';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { BASE_PATH, SITE_URL } from '@/lib/site';

const noSubscription = () => () => {};

/**
 * A chapter's embed code on the instructors' page: the stepper, the scroll story or the static
 * pictures, with or without the self-check. The server writes it for SITE_URL; in the browser,
 * for the address the page was opened from, as the Embed dialog does, framing the chapter in the
 * edition of `lang`. `t` and `snippet`: its words, in the page's language.
 */
export function TeachEmbed({
  slug,
  title,
  stepCount,
  lang = DEFAULT_LANG,
  t,
  snippet,
}: {
  slug: string;
  title: string;
  stepCount: number;
  lang?: Lang;
  t: Pick<ClientMessages['teach'], 'embedLegend' | 'embedModes' | 'embedWithCheck'>;
  snippet: React.ComponentProps<typeof CopySnippet>['t'];
}) {
  const id = useId();
  const [mode, setMode] = useState<EmbedMode>('stepper');
  const [check, setCheck] = useState(false);
  const site = useSyncExternalStore(
    noSubscription,
    () => `${window.location.origin}${BASE_PATH}`,
    () => SITE_URL,
  );
  // False in the server's HTML, true once hydrated: until then the options change nothing.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const view = { ...defaultView(stepCount), mode, check: check && mode !== 'static' };
  return (
    <div className="teach-embed" data-ready={live}>
      <fieldset className="teach-embed-options">
        <legend className="visually-hidden">{t.embedLegend}</legend>
        {EMBED_MODES.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => setMode(value)} />{' '}
            {t.embedModes[value]}
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            checked={check && mode !== 'static'}
            disabled={mode === 'static'}
            onChange={(event) => setCheck(event.target.checked)}
          />{' '}
          {t.embedWithCheck}
        </label>
      </fieldset>
      <CopySnippet code={embedSnippet(slug, title, view, stepCount, site, lang)} t={snippet} />
    </div>
  );
}
