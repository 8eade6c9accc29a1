'use client';

import type { ExplorableState } from '@/lib/explorable/state';
import {
  capabilitiesIn,
  PLATFORM_SHAPES,
  PRESETS_IN_ORDER,
  type CapabilityId,
  type PlatformShape,
  type PresetId,
} from '@/lib/explorable/model';
import type { ClientMessages } from '@/lib/i18n/messages';
import type { Layer } from '@/lib/scene/types';

const LAYERS: readonly Layer[] = ['front', 'middle', 'back'];

const FIELDSET = 'rounded-lg border border-rule px-3 pb-3 pt-1';
const LEGEND = 'px-1 text-xs font-semibold uppercase tracking-wider text-ink-soft';
const OPTION = 'flex items-start gap-2 py-1 text-sm leading-snug';

/** The explorable's inputs: presets, the platform's shape, and needs one by one. */
export function ExplorableControls({
  state,
  onPreset,
  onShape,
  onToggle,
  t,
}: {
  state: ExplorableState;
  onPreset: (id: PresetId) => void;
  onShape: (shape: PlatformShape) => void;
  onToggle: (id: CapabilityId) => void;
  t: ClientMessages['explorable'];
}) {
  return (
    <div className="grid gap-3 font-ui">
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t.presets}</legend>
        {PRESETS_IN_ORDER.map((p) => (
          <label key={p.id} className={OPTION}>
            <input
              type="radio"
              name="explorable-preset"
              className="mt-0.5 accent-accent"
              checked={state.preset === p.id}
              onChange={() => onPreset(p.id)}
            />
            <span>{t.presetNames[p.id].label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t.shape}</legend>
        {PLATFORM_SHAPES.map((shape) => (
          <label key={shape} className={OPTION}>
            <input
              type="radio"
              name="explorable-shape"
              className="mt-0.5 accent-accent"
              checked={state.shape === shape}
              onChange={() => onShape(shape)}
            />
            <span>{t.shapeNames[shape]}</span>
          </label>
        ))}
      </fieldset>
      {LAYERS.map((layer) => (
        <fieldset key={layer} className={FIELDSET}>
          <legend className={LEGEND}>{t.layers[layer]}</legend>
          {capabilitiesIn(layer).map((c) => (
            <label key={c.id} className={OPTION}>
              <input
                type="checkbox"
                className="mt-0.5 accent-accent"
                checked={state.needs.includes(c.id)}
                onChange={() => onToggle(c.id)}
              />
              <span>{t.capabilities[c.id].label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
