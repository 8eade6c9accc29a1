import type { Scene, SceneId } from '@/lib/scene/types';
import { platformCracks, platformFull, theIntranetPost, theQuestion } from './01-the-teardown';
import { double11, industryNorm, layers, sharedCapabilities } from './02-big-middle-small-front';
import { combinatorial, hemaAssembles, sixServices } from './03-combinatorial-innovation';
import { aFairTest, fiveNew, rhinoIndependent, specialEditionIndependent, whyInefficient } from './04-the-second-curve';
import { combineVsDisrupt, cuttingThrough, inItsDna, recombining } from './05-disruptive-innovation';
import { fragmented, scenarioChanged, thinning, threeGains } from './06-thin-and-fragmented';
import { noBlindFollowing, stillUseful, tryIt, twoShapesScene } from './07-what-it-means';

/** Every scene of the explainer, by id: one per step. A missing or extra scene does not compile. */
export const SCENES: { readonly [K in SceneId]: Scene & { id: K } } = {
  'platform-full': platformFull,
  'the-intranet-post': theIntranetPost,
  'platform-cracks': platformCracks,
  'the-question': theQuestion,
  layers,
  'shared-capabilities': sharedCapabilities,
  'double-11': double11,
  'industry-norm': industryNorm,
  'hema-assembles': hemaAssembles,
  'six-services': sixServices,
  combinatorial,
  'five-new': fiveNew,
  'a-fair-test': aFairTest,
  'rhino-independent': rhinoIndependent,
  'why-inefficient': whyInefficient,
  'special-edition-independent': specialEditionIndependent,
  'combine-vs-disrupt': combineVsDisrupt,
  recombining,
  'cutting-through': cuttingThrough,
  'in-its-dna': inItsDna,
  thinning,
  'three-gains': threeGains,
  'scenario-changed': scenarioChanged,
  fragmented,
  'two-shapes': twoShapesScene,
  'still-useful': stillUseful,
  'no-blind-following': noBlindFollowing,
  'try-it': tryIt,
};
