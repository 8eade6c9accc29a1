import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { getScene } from '@/content/scenes';
import type { SceneId } from '@/lib/scene/types';

const PANELS: readonly { scene: SceneId; when: string; caption: string }[] = [
  { scene: 'platform-full', when: '2015', caption: 'A deep shared middle under small front ends' },
  { scene: 'fragmented', when: 'Now', caption: 'Taller front ends over a thin middle in pieces' },
];

/**
 * The explainer's story in one picture: the diagram's first shape beside its last, drawn on the
 * server by the chapters' own renderer, with its phone drawing below the wide breakpoint (so its
 * words stay readable there). Static, so it costs the home page no script.
 */
export function HomeHero() {
  return (
    <figure className="home-hero" aria-label="The story in one picture: Alibaba’s architecture in 2015 and now">
      <div className="home-hero-panels">
        {PANELS.map(({ scene, when, caption }) => {
          const data = getScene(scene);
          return (
            <div key={scene} className="home-hero-panel">
              <p className="home-hero-when">
                <span>{when}</span> {caption}
              </p>
              <DiagramSvg
                frame={data}
                narrow={data.narrow}
                title={`${when}: ${data.title}`}
                description={data.description}
                idPrefix={`hero-${scene}`}
              />
            </div>
          );
        })}
      </div>
    </figure>
  );
}
