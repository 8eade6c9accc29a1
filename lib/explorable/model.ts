/**
 * The explorable's model: given what a new business needs and the platform's shape, what the
 * platform provides, what the business must build itself, and whether that is combinatorial or
 * disruptive innovation (chapter 5). An illustration of the article's argument, not a finding.
 *
 * The rules, in words:
 * - A front end is always the business's own: front-end needs are never met by the platform,
 *   and they do not count in the reuse ratio.
 * - A middle or back-end need is met when the shape offers it, and missing (built anew)
 *   otherwise. Infrastructure is shared in every shape.
 * - On a bundled platform, using any middle capability means adopting the whole middle platform:
 *   the unneeded rest comes along (`carried`). A fragmented platform carries nothing extra.
 */
import type { Layer } from '@/lib/scene/types';
import { type BusinessNeeds, type CapabilityId, inCatalogueOrder, layerOf } from './catalogue';
import { type PlatformShape, offers, platformShape } from './shapes';
import { describeEvaluation, type ExplorableWords } from './sentence';

export * from './catalogue';
export * from './shapes';
export * from './presets';
export type { ExplorableWords } from './sentence';

/**
 * How a business relates to the platform.
 * - `combinatorial`: it needs something from the platform and the platform meets all of it; the
 *   business recombines what exists (its own front end aside).
 * - `disruptive`: it builds something anew in every layer: its own front end, and needs the
 *   platform lacks in both the middle and the back end. It cannot run on the existing line.
 * - `mixed`: anything in between, including a business that needs nothing from the platform
 *   (it neither recombines the platform nor cuts through it).
 */
type Verdict = 'combinatorial' | 'mixed' | 'disruptive';

/** What happens when a business is built on a platform of a given shape. */
export interface Evaluation {
  shape: PlatformShape;
  /** The needs evaluated, in catalogue order. */
  needs: BusinessNeeds;
  /** Middle and back-end needs the platform provides. */
  met: readonly CapabilityId[];
  /** Middle and back-end needs the platform does not provide: the business must build them anew. */
  missing: readonly CapabilityId[];
  /** The part of `missing` that the 2015 platform offered: logic this shape leaves to front ends. */
  movedUp: readonly CapabilityId[];
  /** Front-end needs: always built by the business itself, whatever the shape. */
  ownFrontEnd: readonly CapabilityId[];
  /** Middle capabilities a bundled platform makes the business adopt though it did not need them. */
  carried: readonly CapabilityId[];
  /** The layers in which the business builds something itself, front to back. */
  lacking: readonly Layer[];
  /**
   * Met middle and back-end needs divided by all middle and back-end needs, from 0 to 1.
   * A business with no middle or back-end needs reuses nothing, so its ratio is 0.
   */
  reuseRatio: number;
  verdict: Verdict;
  /** One plain-English sentence saying what happened; suitable for a live region. */
  sentence: string;
}

const LAYERS: readonly Layer[] = ['front', 'middle', 'back'];

/**
 * Evaluates a business on a platform shape, and says it in `words` (the page's language's).
 * Needs in any order are accepted; duplicates count once.
 */
export function evaluate(business: BusinessNeeds, shape: PlatformShape, words: ExplorableWords): Evaluation {
  const needs = inCatalogueOrder(business);
  const info = platformShape(shape);
  const ownFrontEnd = needs.filter((id) => layerOf(id) === 'front');
  const platformNeeds = needs.filter((id) => layerOf(id) !== 'front');
  const met = platformNeeds.filter((id) => offers(shape, id));
  const missing = platformNeeds.filter((id) => !offers(shape, id));
  const movedUp = missing.filter((id) => offers('2015', id));
  const usesMiddle = met.some((id) => layerOf(id) === 'middle');
  const carried =
    info.bundled && usesMiddle ? info.offers.filter((id) => layerOf(id) === 'middle' && !needs.includes(id)) : [];
  const lacking = LAYERS.filter((layer) =>
    layer === 'front' ? ownFrontEnd.length > 0 : missing.some((id) => layerOf(id) === layer),
  );
  const reuseRatio = platformNeeds.length === 0 ? 0 : met.length / platformNeeds.length;
  const verdict: Verdict =
    lacking.length === LAYERS.length
      ? 'disruptive'
      : platformNeeds.length > 0 && missing.length === 0
        ? 'combinatorial'
        : 'mixed';
  const partial = { shape, needs, met, missing, movedUp, ownFrontEnd, carried, lacking, reuseRatio, verdict };
  return { ...partial, sentence: describeEvaluation(partial, info.bundled, words) };
}

/** A new needs set with only `id` flipped (added if absent, removed if present), in catalogue order. */
export function toggleNeed(business: BusinessNeeds, id: CapabilityId): BusinessNeeds {
  const needs = inCatalogueOrder(business);
  return needs.includes(id) ? needs.filter((need) => need !== id) : inCatalogueOrder([...needs, id]);
}
