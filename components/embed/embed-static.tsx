'use client';

import { StepSlotsProvider, type StepViewProps } from '@/components/lecture/step-slot';
import type { ClientMessages } from '@/lib/i18n/messages';

/** The embed's `static` mode: a picture of each step's scene above its text, nothing that moves. */
export function EmbedStatic({
  steps,
  scenes,
  at,
  header,
  footer,
  children,
  t,
}: StepViewProps & { t: Pick<ClientMessages, 'embedFrame'> }) {
  return (
    <>
      {header}
      <div className="static-steps prose max-w-none">
        <StepSlotsProvider view="static" steps={steps} scenes={scenes} at={at} heading={t.embedFrame.staticStep}>
          {children}
        </StepSlotsProvider>
      </div>
      {footer}
    </>
  );
}
