import { DiagramSvg } from '@/components/diagram/diagram-svg';
import type { ChapterStep } from '@/lib/content/types';
import type { SceneMap } from '@/lib/scene/types';

/**
 * A still picture of each step's scene, drawn on the server as markup: the presenter view shows
 * two of them at a time and never morphs, so it needs none of the drawing code in the browser.
 */
export function stepPictures(steps: readonly ChapterStep[], scenes: SceneMap): React.ReactNode[] {
  return steps.map((step) => {
    const scene = scenes[step.scene]!;
    return (
      <DiagramSvg
        key={step.id}
        still
        frame={scene}
        title={scene.title}
        description={scene.description}
        idPrefix={`presenter-${step.id}`}
        className="presenter-picture"
      />
    );
  });
}
