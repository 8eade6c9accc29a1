/**
 * The explorable's whole state, and the moves a reader can make. The state is canonical: the
 * preset is never stored apart from the needs, it names the preset whose needs these are, so
 * toggling a need away from a preset's set clears it, and toggling back restores it.
 */
import { type BusinessNeeds, type CapabilityId, inCatalogueOrder } from './catalogue';
import { type PresetId, preset as presetInfo, presetMatching } from './presets';
import type { PlatformShape } from './shapes';
import { toggleNeed } from './model';

/** What the reader has chosen: the platform's shape and the business's needs. */
export interface ExplorableState {
  shape: PlatformShape;
  /** In catalogue order, without duplicates. */
  needs: BusinessNeeds;
  /** The preset whose needs these are exactly; absent when the needs match no preset. */
  preset?: PresetId;
}

/** A canonical state from a shape and any needs. */
export function makeState(shape: PlatformShape, needs: Iterable<unknown>): ExplorableState {
  const ordered = inCatalogueOrder(needs);
  const preset = presetMatching(ordered);
  return preset ? { shape, needs: ordered, preset } : { shape, needs: ordered };
}

/** The state of a preset on a shape. */
export function presetState(preset: PresetId, shape: PlatformShape = '2015'): ExplorableState {
  return makeState(shape, presetInfo(preset).needs);
}

/** What the explorable shows first: the Hema-like business on the 2015 platform. */
export const DEFAULT_STATE: ExplorableState = presetState('hema', '2015');

/** The state with one need flipped. */
export function toggleStateNeed(state: ExplorableState, id: CapabilityId): ExplorableState {
  return makeState(state.shape, toggleNeed(state.needs, id));
}

/** The state with another platform shape, same needs. */
export function withShape(state: ExplorableState, shape: PlatformShape): ExplorableState {
  return makeState(shape, state.needs);
}
