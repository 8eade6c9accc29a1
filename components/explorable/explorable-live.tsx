'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { useReducedMotion } from '@/components/hooks/use-reduced-motion';
import { useSceneMorph } from '@/components/scrolly/use-scene-morph';
import { useQueryOnMount } from '@/components/hooks/use-query-on-mount';
import { explorableFrame } from '@/lib/explorable/frame';
import { namesExplorableState } from '@/lib/explorable/query-keys';
import { evaluate } from '@/lib/explorable/model';
import { DEFAULT_STATE, presetState, toggleStateNeed, withShape, type ExplorableState } from '@/lib/explorable/state';
import { parseExplorableQuery, serializeExplorableState } from '@/lib/explorable/url-state';
import { ExplorableControls } from './explorable-controls';
import { EXPLORABLE_ID } from './explorable-id';

const DEFAULT_QUERY = serializeExplorableState(DEFAULT_STATE);

/**
 * The interactive explorable. Its state lives in the URL query, so an instructor can link to a
 * prepared configuration; the picture is the chapters' diagram, morphing the same way.
 */
export function ExplorableLive() {
  const [state, setState] = useState<ExplorableState>(DEFAULT_STATE);
  const ready = useQueryOnMount((search) => setState(parseExplorableQuery(search)));
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

  const evaluation = useMemo(() => evaluate(state.needs, state.shape), [state]);
  const target = useMemo(() => explorableFrame(evaluation), [evaluation]);
  const canvas = useRef<HTMLDivElement>(null);
  const drawn = useSceneMorph(target, reduced || !ready, 'wide', canvas);
  const percent = Math.round(evaluation.reuseRatio * 100);

  return (
    <div className="explorable-live" data-ready={ready}>
      <figure className="m-0">
        <div ref={canvas} className="diagram-canvas" data-morphing={drawn.morphing ? '' : undefined}>
          <DiagramSvg
            key={drawn.generation}
            frame={drawn.frame}
            title="Explorable: a new business on the platform"
            description={evaluation.sentence}
            idPrefix="explorable"
          />
        </div>
        <figcaption className="mt-2 font-ui text-sm text-ink">
          <span
            className="mr-2 inline-block rounded bg-accent-soft px-2 py-0.5 font-semibold text-accent"
            data-reuse={percent}
          >
            Reuse {percent}%
          </span>
          <span aria-live="polite" data-explorable-sentence>
            {evaluation.sentence}
          </span>
        </figcaption>
      </figure>
      {/* Inert until hydrated, so a click that React would not see cannot change a box it then resets. */}
      <div className="mt-4" inert={!ready}>
        <ExplorableControls
          state={state}
          onPreset={(id) => setState((s) => presetState(id, s.shape))}
          onShape={(shape) => setState((s) => withShape(s, shape))}
          onToggle={(id) => setState((s) => toggleStateNeed(s, id))}
        />
      </div>
    </div>
  );
}
