'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useSceneMorph } from '@/components/scrolly/use-scene-morph';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import { builtAnew, explorableFrame } from '@/lib/explorable/frame';
import { NARROW } from '@/lib/explorable/frame-parts';
import { VIEWBOX } from '@/lib/scene/types';
import { namesExplorableState } from '@/lib/explorable/query-keys';
import { evaluate } from '@/lib/explorable/model';
import { DEFAULT_STATE, presetState, toggleStateNeed, withShape, type ExplorableState } from '@/lib/explorable/state';
import { parseExplorableQuery, serializeExplorableState } from '@/lib/explorable/url-state';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { ClientMessages } from '@/lib/i18n/messages';
import { ExplorableControls } from './explorable-controls';
import { EXPLORABLE_ID } from './explorable-id';

const DEFAULT_QUERY = serializeExplorableState(DEFAULT_STATE);

/**
 * The interactive explorable. Its state lives in the URL query, so an instructor can link to a
 * prepared configuration; the picture is the chapters' diagram, morphing the same way. `t`: its
 * words, in the page's language, `lang`.
 */
export function ExplorableLive({ t, lang = DEFAULT_LANG }: { t: ClientMessages['explorable']; lang?: Lang }) {
  const [state, setState] = useState<ExplorableState>(DEFAULT_STATE);
  // The same state as a new object would be a new picture to paint, in the frame the reader
  // scrolls up to the explorable: a query that names the default (or nothing) keeps the state.
  const ready = useQueryOnMount((search) => {
    const next = parseExplorableQuery(search);
    setState((now) => (serializeExplorableState(next) === serializeExplorableState(now) ? now : next));
  });
  const reduced = useReducedMotion();

  useEffect(() => {
    if (!ready) return;
    const query = serializeExplorableState(state);
    const { pathname, hash, search } = window.location;
    // The chapter's own address stays clean until the reader configures something: otherwise
    // a plain visit would turn into a link that opens at the explorable.
    if (!namesExplorableState(search) && query === DEFAULT_QUERY) return;
    // A configured URL opens at the explorable: that is what the person who shares it is looking at.
    const anchor = query && !hash ? `#${EXPLORABLE_ID}` : hash;
    window.history.replaceState(window.history.state, '', `${pathname}${query ? `?${query}` : ''}${anchor}`);
  }, [state, ready]);

  const evaluation = useMemo(() => evaluate(state.needs, state.shape, t), [state, t]);
  const target = useMemo(() => explorableFrame(evaluation, t, 'wide', lang), [evaluation, t, lang]);
  const narrowTarget = useMemo(() => explorableFrame(evaluation, t, 'narrow', lang), [evaluation, t, lang]);
  const wideCanvas = useRef<HTMLDivElement>(null);
  const narrowCanvas = useRef<HTMLDivElement>(null);
  const wide = useSceneMorph(target, reduced || !ready, 'wide', wideCanvas);
  const narrow = useSceneMorph(narrowTarget, reduced || !ready, 'wide', narrowCanvas);
  // The drawings' markup is their first state's; every state after is painted into them.
  const [first] = useState(() => ({ wide: target, narrow: narrowTarget }));
  const percent = Math.round(evaluation.reuseRatio * 100);
  const toBuild = [...evaluation.ownFrontEnd, ...builtAnew(evaluation)].map((id) => t.capabilities[id].label);

  return (
    <div className="explorable-live" data-ready={ready}>
      {/* The outcome and the picture stay in sight (sticky) while the controls beside them, or
          below them on a phone, are changed. */}
      <figure className="explorable-figure">
        <figcaption className="explorable-outcome">
          <p className="explorable-reuse" data-reuse={percent}>
            <span className="explorable-figure-number">{percent}%</span>
            <span className="explorable-figure-label">{t.reuse}</span>
          </p>
          <p className="explorable-build">
            <span className="explorable-figure-label">{t.mustBuild}</span>
            <span className="explorable-build-list">
              {toBuild.length ? toBuild.join(t.listSeparator) : t.buildsNothing}
            </span>
          </p>
          <p className="explorable-sentence" aria-live="polite" data-explorable-sentence>
            {evaluation.sentence}
          </p>
        </figcaption>
        <div
          ref={wideCanvas}
          className="explorable-canvas explorable-canvas-wide"
          data-morphing={wide.morphing ? '' : undefined}
        >
          <DiagramSvg
            frame={first.wide}
            still
            title={t.title}
            description={evaluation.sentence}
            idPrefix="explorable"
          />
        </div>
        {/* The phone's drawing is the left 400 units of the wide one's frame, so its labels are
            drawn half as large again as the wide drawing would show them on a phone. */}
        <div
          ref={narrowCanvas}
          className="explorable-canvas explorable-canvas-narrow"
          data-morphing={narrow.morphing ? '' : undefined}
        >
          <svg viewBox={`0 0 ${NARROW.width} ${VIEWBOX.height}`}>
            <DiagramSvg
              frame={first.narrow}
              still
              title={t.title}
              description={evaluation.sentence}
              idPrefix="explorable-narrow"
              placement={{ x: 0, y: 0, width: VIEWBOX.width, height: VIEWBOX.height }}
            />
          </svg>
        </div>
      </figure>
      {/* Inert until hydrated, so a click that React would not see cannot change a box it then resets. */}
      <div className="explorable-controls" inert={!ready}>
        <ExplorableControls
          state={state}
          onPreset={(id) => setState((s) => presetState(id, s.shape))}
          onShape={(shape) => setState((s) => withShape(s, shape))}
          onToggle={(id) => setState((s) => toggleStateNeed(s, id))}
          t={t}
        />
      </div>
    </div>
  );
}
