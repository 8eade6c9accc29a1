'use client';

import { StepSlotsProvider, type StepViewProps } from '@/components/lecture/step-slot';
import { ScrollyDiagram } from '@/components/scrolly/scrolly-diagram';
import type { ClientMessages } from '@/lib/i18n/messages';

/** The embed's `scroll` mode: the chapter's scroll story inside a frame of fixed height. */
export function EmbedScroll({
  steps,
  scenes,
  at,
  header,
  footer,
  children,
  startStep,
  t,
}: StepViewProps & { startStep?: string; t: Pick<ClientMessages, 'chapter' | 'scrolly'> }) {
  return (
    <>
      {header}
      <div className="scrolly">
        <div className="scrolly-stage">
          <ScrollyDiagram
            steps={steps.slice(at.first, at.last + 1)}
            scenes={scenes}
            label={t.chapter.diagramLabel}
            startStep={startStep}
            t={t.scrolly}
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
