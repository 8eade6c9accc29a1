/**
 * The one sentence that tells, in words, what the explorable's diagram shows: the caption under
 * it and the text announced to screen readers. Its words come from the page's language's
 * catalogue (lib/i18n/messages, `explorable.sentence` and the capabilities' names), as templates, so the browser can build
 * it too.
 */
import { fill, type Templated } from '@/lib/i18n/template';
import type { Messages } from '@/lib/i18n/messages/types';
import { type CapabilityId, layerOf } from './catalogue';
import type { Evaluation } from './model';

/** The explorable's words in one language: the sentence's, and the capabilities' names. */
export type ExplorableWords = Templated<Messages['explorable']>;

type SentenceWords = ExplorableWords['sentence'];

/** "a", "a and b", "a, b and c" (in the words' language). */
export function joinNames(names: readonly string[], words: SentenceWords): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(words.listSeparator)}${words.listLast}${names[names.length - 1]}`;
}

/** How much of what the business needs beneath its own front end the platform provides. */
function coverage(met: number, total: number, percent: number, words: SentenceWords): string {
  if (total > 1 && met === total) return fill(words.coversAll, total, percent);
  return total === 1 ? fill(words.coversOfOne, met, percent) : fill(words.covers, met, total, percent);
}

function building(own: string, missing: readonly CapabilityId[], all: ExplorableWords): string {
  const words = all.sentence;
  if (missing.length === 0) return own ? fill(words.buildsOnly, own) : words.buildsNothing;
  const anew = fill(words.buildsAnew, missing.length, names(missing, all));
  return own ? fill(words.besides, own, anew) : anew;
}

function bundling(evaluation: Omit<Evaluation, 'sentence'>, bundled: boolean, words: SentenceWords): string {
  const usesMiddle = evaluation.met.some((id) => layerOf(id) === 'middle');
  if (!usesMiddle) return '';
  if (!bundled) return words.takesPieces;
  const count = evaluation.carried.length;
  if (count === 0) return '';
  return count === 1 ? words.adoptsWholeOne : fill(words.adoptsWhole, count);
}

function names(ids: readonly CapabilityId[], words: ExplorableWords): string {
  return joinNames(
    ids.map((id) => words.capabilities[id].name),
    words.sentence,
  );
}

/** The sentence for an evaluation (everything but the sentence itself). */
export function describeEvaluation(
  evaluation: Omit<Evaluation, 'sentence'>,
  bundled: boolean,
  all: ExplorableWords,
): string {
  const words = all.sentence;
  const { needs, met, missing, ownFrontEnd, reuseRatio } = evaluation;
  if (needs.length === 0) return words.noNeeds;
  if (met.length + missing.length === 0) return fill(words.onlyFrontEnd, names(ownFrontEnd, all));
  const percent = Math.round(reuseRatio * 100);
  const total = met.length + missing.length;
  const own = ownFrontEnd.length > 0 ? fill(words.ownFrontEnd, names(ownFrontEnd, all)) : '';
  return fill(
    words.whole,
    coverage(met.length, total, percent, words),
    building(own, missing, all),
    bundling(evaluation, bundled, words),
  );
}
