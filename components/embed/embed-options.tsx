'use client';

import { useId } from 'react';
import type { EmbedChapter } from '@/lib/embed/embed-chapters';
import { EMBED_MODES, type EmbedView } from '@/lib/embed/query';
import type { ClientMessages } from '@/lib/i18n/messages';
import { THEMES } from '@/lib/theme/theme';

const FIELD = 'mt-1 block w-full rounded-md border border-rule bg-surface px-2 py-1.5 text-ink';

/** One end of the range of steps to embed (1-based). */
function StepSelect(props: {
  id: string;
  label: string;
  value: number;
  options: React.ReactNode;
  onPick: (step: number) => void;
}) {
  return (
    <label htmlFor={props.id}>
      {props.label}
      <select
        id={props.id}
        className={FIELD}
        value={props.value}
        onChange={(e) => props.onPick(Number(e.target.value))}
      >
        {props.options}
      </select>
    </label>
  );
}

/** The choices of the Embed dialog: which chapter, which of its steps, and how to show them. */
export function EmbedOptions({
  chapters,
  chapter,
  view,
  onChapter,
  onView,
  t,
}: {
  chapters: readonly EmbedChapter[];
  chapter: EmbedChapter;
  view: EmbedView;
  onChapter: (slug: string) => void;
  onView: (view: EmbedView) => void;
  t: ClientMessages['embed'];
}) {
  const id = useId();
  const steps = chapter.steps.map((step, index) => (
    <option key={step.id} value={index + 1}>
      {index + 1}. {step.title}
    </option>
  ));
  const setRange = (first: number, last: number) =>
    onView({ ...view, first: Math.min(first, last), last: Math.max(first, last), start: Math.min(first, last) });

  return (
    <div className="grid gap-3 font-ui text-sm">
      <label htmlFor={`${id}-chapter`}>
        {t.chapter}
        <select id={`${id}-chapter`} className={FIELD} value={chapter.slug} onChange={(e) => onChapter(e.target.value)}>
          {chapters.map((c, index) => (
            <option key={c.slug} value={c.slug}>
              {index + 1}. {c.title}
            </option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-3">
        <StepSelect
          id={`${id}-first`}
          label={t.fromStep}
          value={view.first}
          options={steps}
          onPick={(first) => setRange(first, Math.max(first, view.last))}
        />
        <StepSelect
          id={`${id}-last`}
          label={t.toStep}
          value={view.last}
          options={steps}
          onPick={(last) => setRange(Math.min(view.first, last), last)}
        />
      </div>
      <fieldset>
        <legend>{t.showAs}</legend>
        {EMBED_MODES.map((mode) => (
          <label key={mode} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={view.mode === mode}
              onChange={() => onView({ ...view, mode })}
            />
            {t.modes[mode]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={view.check && view.mode !== 'static'}
          disabled={view.mode === 'static'}
          onChange={(e) => onView({ ...view, check: e.target.checked })}
        />
        {t.withCheck}
        {view.mode === 'static' ? t.withCheckOnly : ''}
      </label>
      <fieldset>
        <legend>{t.colors}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={view.theme === theme}
              onChange={() => onView({ ...view, theme })}
            />
            {t.themes[theme]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
