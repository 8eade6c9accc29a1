'use client';

import { StepSlotsProvider, type StepViewProps } from '@/components/lecture/step-slot';
import { ScrollyDiagram } from '@/components/scrolly/scrolly-diagram';

/** The embed's `scroll` mode: the chapter's scroll story inside a frame of fixed height. */
export function EmbedScroll({
  steps,
  scenes,
  at,
  header,
  footer,
  children,
  startStep,
}: StepViewProps & { startStep?: string }) {
  return (
    <>
      {header}
      <div className="scrolly">
        <div className="scrolly-stage">
          <ScrollyDiagram
            steps={steps.slice(at.first, at.last + 1)}
            scenes={scenes}
            label="Architecture diagram"
            startStep={startStep}
          />
        </div>
        <div className="scrolly-prose prose prose-lg max-w-none">
          <StepSlotsProvider view="scroll" steps={steps} scenes={scenes} at={at}>
            {children}
          </StepSlotsProvider>
        </div>
      </div>
      {footer}
    </>
  );
}
