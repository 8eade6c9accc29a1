import type { Scene, SceneId } from '@/lib/scene/types';
import { platformCracks, platformFull } from './01-the-teardown';
import { double11, industryNorm, layers, sharedCapabilities } from './02-big-middle-small-front';
import { hemaAssembles } from './03-combinatorial-innovation';
import { fiveNew, rhinoIndependent, specialEditionIndependent } from './04-the-second-curve';
import { combineVsDisrupt } from './05-disruptive-innovation';
import { fragmented, thinning } from './06-thin-and-fragmented';
import { twoShapes } from './07-what-it-means';

/** Every scene of the explainer, by id. A missing or extra scene does not compile. */
export const SCENES: { readonly [K in SceneId]: Scene & { id: K } } = {
  'platform-full': platformFull,
  'platform-cracks': platformCracks,
  layers,
  'shared-capabilities': sharedCapabilities,
  'double-11': double11,
  'industry-norm': industryNorm,
  'hema-assembles': hemaAssembles,
  'five-new': fiveNew,
  'rhino-independent': rhinoIndependent,
  'special-edition-independent': specialEditionIndependent,
  'combine-vs-disrupt': combineVsDisrupt,
  thinning,
  fragmented,
  'two-shapes': twoShapes,
};
