import { ARRIVAL_AFTER_STEPS, ARRIVAL_BEFORE_STAGE } from '@/lib/scrolly/arrival';

/**
 * The first of the two scripts that paint an arriving step's scene first (lib/scrolly/arrival):
 * goes before the sticky diagram. `start` is the step whose scene the server drew there.
 */
export function ArrivalBeforeStage({ start }: { start: string }) {
  return <script data-start={start} dangerouslySetInnerHTML={{ __html: ARRIVAL_BEFORE_STAGE }} />;
}

/** The second: goes after the last step, whose figures it copies the scene from. */
export function ArrivalAfterSteps() {
  return <script dangerouslySetInnerHTML={{ __html: ARRIVAL_AFTER_STEPS }} />;
}
