import type { CheckQuestion } from '@/lib/check/types';
import { ContentError } from './errors';
import type { Chapter } from './types';

/** A step or a question as the other languages must match it. */
const stepKey = (step: Chapter['steps'][number]) => `${step.id} (scene ${step.scene})`;
const questionKey = (q: CheckQuestion) =>
  `${q.id} (${q.kind}, step ${q.step}, ${q.answers.length} answers, right: ${
    q.answers.flatMap((a) => (a.right ? [a.id] : [])).join(' ') || 'none'
  })`;

/** The first place two lists differ, said as "at <what> N, expected … but found …". */
function firstDifference(what: string, expected: readonly string[], found: readonly string[]): string | null {
  for (let i = 0; i < Math.max(expected.length, found.length); i++) {
    if (expected[i] !== found[i])
      return `${what} ${i + 1} should be ${expected[i] ?? 'absent'} as in English, but is ${found[i] ?? 'absent'}`;
  }
  return null;
}

/**
 * Checks that a translated edition (`twins`, read from `dir`) has the English chapters' shape:
 * the same files, and in each the same steps (ids and scenes, in order) and the same self-check
 * (question ids, kinds, steps, answers and which are right). The diagram, every step link and
 * share URL, and the answers a course package keeps then mean the same in every language.
 * Throws a ContentError naming the translated file and its first difference.
 */
export function checkTwins(english: readonly Chapter[], twins: readonly Chapter[], dir: string): void {
  const where = (file: string) => `${dir}/${file}`;
  for (const twin of twins) {
    if (!english.some((chapter) => chapter.file === twin.file))
      throw new ContentError(where(twin.file), 'has no English chapter of the same file name in content/chapters/');
  }
  for (const chapter of english) {
    const twin = twins.find((t) => t.file === chapter.file);
    if (!twin) throw new ContentError(where(chapter.file), `is missing: every English chapter needs its twin here`);
    const difference =
      firstDifference('step', chapter.steps.map(stepKey), twin.steps.map(stepKey)) ??
      firstDifference('self-check question', chapter.check.map(questionKey), twin.check.map(questionKey));
    if (difference) throw new ContentError(where(twin.file), difference);
  }
}
