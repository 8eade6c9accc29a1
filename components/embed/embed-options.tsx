'use client';

import { useId } from 'react';
import type { EmbedChapter } from '@/lib/embed/embed-chapters';
import { EMBED_MODES, type EmbedMode, type EmbedView } from '@/lib/embed/query';
import { THEMES, type Theme } from '@/lib/theme/theme';

const MODE_LABELS: Readonly<Record<EmbedMode, string>> = {
  stepper: 'Stepper: one step at a time, with buttons',
  scroll: 'Scroll: the scrolling story, in a frame of fixed height',
  static: 'Static: every step as a picture above its text',
};

const THEME_LABELS: Readonly<Record<Theme, string>> = {
  system: 'Follow the course page (light or dark, as the reader’s browser is set)',
  light: 'Always light',
  dark: 'Always dark',
};

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
}: {
  chapters: readonly EmbedChapter[];
  chapter: EmbedChapter;
  view: EmbedView;
  onChapter: (slug: string) => void;
  onView: (view: EmbedView) => void;
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
        Chapter
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
          label="From step"
          value={view.first}
          options={steps}
          onPick={(first) => setRange(first, Math.max(first, view.last))}
        />
        <StepSelect
          id={`${id}-last`}
          label="To step"
          value={view.last}
          options={steps}
          onPick={(last) => setRange(Math.min(view.first, last), last)}
        />
      </div>
      <fieldset>
        <legend>Show it as</legend>
        {EMBED_MODES.map((mode) => (
          <label key={mode} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={view.mode === mode}
              onChange={() => onView({ ...view, mode })}
            />
            {MODE_LABELS[mode]}
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
        Add the chapter’s self-check after the steps{view.mode === 'static' ? ' (stepper and scroll only)' : ''}
      </label>
      <fieldset>
        <legend>Colors</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={view.theme === theme}
              onChange={() => onView({ ...view, theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
