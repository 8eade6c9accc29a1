/**
 * The one sentence that tells, in words, what the explorable's diagram shows: the caption under
 * it and the text announced to screen readers.
 */
import { type CapabilityId, capability } from './catalogue';
import type { Evaluation } from './model';

/** "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function names(ids: readonly CapabilityId[]): string {
  return joinNames(ids.map((id) => capability(id).name));
}

/** How much of what the business needs beneath its own front end the platform provides. */
function coverage(met: number, total: number, percent: number): string {
  const beneath = 'this business needs beneath its front end';
  if (total > 1 && met === total) return `The platform provides all ${total} services ${beneath} (${percent}%)`;
  return `The platform provides ${met} of the ${total} ${total === 1 ? 'service' : 'services'} ${beneath} (${percent}%)`;
}

function building(frontEnd: readonly CapabilityId[], missing: readonly CapabilityId[]): string {
  const own = frontEnd.length > 0 ? `its own front end (${names(frontEnd)})` : '';
  if (missing.length === 0) return own ? `the business builds only ${own}` : 'the business builds nothing anew';
  const anew = `the business must build ${missing.length} anew: ${names(missing)}`;
  return own ? `besides ${own}, ${anew}` : anew;
}

function bundling(evaluation: Omit<Evaluation, 'sentence'>, bundled: boolean): string {
  const usesMiddle = evaluation.met.some((id) => capability(id).layer === 'middle');
  if (!usesMiddle) return '';
  if (!bundled) return '; it takes only the pieces it needs';
  const count = evaluation.carried.length;
  if (count === 0) return '';
  return `; to use it, the business adopts the whole platform, including ${count} ${count === 1 ? 'capability' : 'capabilities'} it did not ask for`;
}

/** The sentence for an evaluation (everything but the sentence itself). */
export function describeEvaluation(evaluation: Omit<Evaluation, 'sentence'>, bundled: boolean): string {
  const { needs, met, missing, ownFrontEnd, reuseRatio } = evaluation;
  if (needs.length === 0) return 'No needs are chosen yet: pick some to see what the platform covers.';
  if (met.length + missing.length === 0) {
    return `This business needs nothing from the platform; it builds only its own front end (${names(ownFrontEnd)}).`;
  }
  const percent = Math.round(reuseRatio * 100);
  const total = met.length + missing.length;
  return `${coverage(met.length, total, percent)}; ${building(ownFrontEnd, missing)}${bundling(evaluation, bundled)}.`;
}
