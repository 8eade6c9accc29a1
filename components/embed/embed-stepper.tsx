'use client';

import { Lecture } from '@/components/lecture/lecture';
import type { StepViewProps } from '@/components/lecture/step-slot';
import type { ClientMessages } from '@/lib/i18n/messages';

/** The embed's default mode: the chapter a step at a time, with buttons and arrow keys. */
export function EmbedStepper({
  onIndex,
  ready,
  ...view
}: StepViewProps & {
  onIndex: (index: number) => void;
  ready: boolean;
  t: Pick<ClientMessages, 'lecture' | 'chapter' | 'scrolly'>;
}) {
  return (
    <Lecture variant="embed" {...view} onIndex={onIndex} ready={ready}>
      <div className="deck-texts prose max-w-none">{view.children}</div>
    </Lecture>
  );
}
