import { DiagramSvg, diagramName } from '@/components/diagram/diagram-svg';
import type { ClientMessages } from '@/lib/i18n/messages';
import type { SceneId, SceneMap } from '@/lib/scene/types';
import { ScrollyLive } from './scrolly-live';
import type { Onward } from './step-controls';
import type { StoryPlace } from './story-progress';

export interface ScrollyStep {
  id: string;
  scene: SceneId;
}

/**
 * The sticky, live diagram of a chapter. The server draws the start step's scene (the first
 * step's, or a share URL's) into the page, so the first paint is right and the page's script
 * need not carry the renderer; after hydration the diagram follows the step most in view.
 */
export function ScrollyDiagram(props: {
  steps: readonly ScrollyStep[];
  /** The scenes this chapter shows, from the server, so no scene data ships as code. */
  scenes: SceneMap;
  label: string;
  /** Opens the chapter at this step (a share URL). */
  startStep?: string;
  /** Where the last step's Next leads: the next chapter, or in the last chapter the explorable. */
  onward?: Onward;
  /** The chapter's place in the whole story, beside the step counter. */
  story?: StoryPlace;
  /** The step controls' words, in the page's language. */
  t: ClientMessages['scrolly'];
}) {
  const { steps, scenes, label, startStep } = props;
  const start = scenes[(steps.find((step) => step.id === startStep) ?? steps[0]!).scene]!;
  return (
    <ScrollyLive
      {...props}
      serverScene={start.id}
      serverDrawing={
        <div className="diagram-canvas">
          <DiagramSvg
            frame={start}
            narrow={start.narrow}
            title={diagramName(label, start)}
            description={start.description}
            idPrefix="live"
            still
          />
        </div>
      }
    />
  );
}
