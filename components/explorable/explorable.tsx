import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { explorableFrame } from '@/lib/explorable/frame';
import { evaluate, preset, type PresetId } from '@/lib/explorable/model';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { clientMessages } from '@/lib/i18n/messages';
import { EXPLORABLE_ID } from './explorable-id';
import { ExplorableLazy } from './explorable-lazy';
// Its controls' look, with the page's first styles: the server draws them before any script runs.
import './explorable.css';

const STATIC_PRESETS: PresetId[] = ['hema', 'rhino'];

/**
 * The explorable of chapter 7: try to build a new business on the platform. Without
 * JavaScript it shows the Hema-like and Rhino-like cases as two pictures. Its interface is in `lang`.
 */
export function Explorable({ lang = DEFAULT_LANG }: { lang?: Lang }) {
  const t = clientMessages(lang).explorable;
  return (
    <section
      id={EXPLORABLE_ID}
      data-explorable
      aria-labelledby="explorable-heading"
      className="explorable not-prose my-10 rounded-xl border border-rule bg-surface p-4 sm:p-5"
    >
      <h2 id="explorable-heading" className="m-0 font-prose text-2xl font-bold text-ink">
        {t.heading}
      </h2>
      <p className="mt-2 mb-4 font-ui text-sm text-ink-soft">{t.note}</p>
      <ExplorableLazy t={t} lang={lang} />
      <div className="explorable-static">
        {STATIC_PRESETS.map((id) => {
          const evaluation = evaluate(preset(id).needs, '2015', t);
          return (
            <figure key={id} className="mb-6">
              <DiagramSvg
                frame={explorableFrame(evaluation, t, 'wide', lang)}
                title={t.presetNames[id].label}
                description={evaluation.sentence}
                idPrefix={`explorable-${id}`}
              />
              <figcaption className="mt-1 font-ui text-sm text-ink-soft">
                <strong>
                  {t.presetNames[id].label}
                  {t.captionAfterName}
                </strong>{' '}
                {evaluation.sentence}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
