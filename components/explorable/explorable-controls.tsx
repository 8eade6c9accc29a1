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

const FIELDSET = 'explorable-group';
const LEGEND = 'explorable-legend';
const OPTION = 'explorable-option';

/**
 * The explorable's inputs: presets, the platform's shape, and needs one by one. Native radio
 * buttons and checkboxes, each in a pill like the story's step buttons (explorable.css), so
 * they keep their keyboard and their names and look like the rest of the site.
 */
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
    <div className="explorable-inputs">
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t.presets}</legend>
        {PRESETS_IN_ORDER.map((p) => (
          <label key={p.id} className={OPTION}>
            <input
              type="radio"
              name="explorable-preset"
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
              <input type="checkbox" checked={state.needs.includes(c.id)} onChange={() => onToggle(c.id)} />
              <span>{t.capabilities[c.id].label}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
