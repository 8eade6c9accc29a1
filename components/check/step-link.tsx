import type { ClientMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/template';

/** A step a question links back to: its id, its number in the chapter, and its scene's title. */
export interface CheckStep {
  id: string;
  number: number;
  title: string;
  /** False where the step cannot be opened from here (an embed of other steps): then it is named, not linked. */
  reachable?: boolean;
}

/**
 * A way back to the step that teaches a question's point: a link to its place on the chapter
 * page, or, where the steps are not on the page (a stepper embed), a button that opens it.
 */
export function StepLink({
  step,
  onStep,
  t,
}: {
  step: CheckStep;
  onStep?: (id: string) => void;
  t: ClientMessages['check'];
}) {
  const words = fill(t.revisit, step.number, step.title);
  if (step.reachable === false)
    return <span className="check-step-named">{fill(t.taughtIn, step.number, step.title)}</span>;
  if (onStep)
    return (
      <button type="button" className="check-step-link" onClick={() => onStep(step.id)}>
        {words}
      </button>
    );
  return (
    <a className="check-step-link" href={`#${step.id}`}>
      {words}
    </a>
  );
}
