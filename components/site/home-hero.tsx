import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { getSceneIn } from '@/content/scenes/in-lang';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import type { SceneId } from '@/lib/scene/types';

/**
 * The explainer's story in one picture (its panels are content: content/pages/home-hero.ts),
 * drawn on the server by the chapters' own renderer, with its phone drawing below the wide
 * breakpoint (so its words stay readable there). Static, so it costs the home page no script.
 */
export function HomeHero({
  label,
  panels,
  lang = DEFAULT_LANG,
}: {
  label: string;
  panels: readonly { scene: SceneId; when: string; caption: string }[];
  lang?: Lang;
}) {
  const t = messages(lang).home;
  return (
    <figure className="home-hero" aria-label={label}>
      <div className="home-hero-panels">
        {panels.map(({ scene, when, caption }) => {
          const data = getSceneIn(scene, lang);
          return (
            <div key={scene} className="home-hero-panel">
              <p className="home-hero-when">
                <span>{when}</span> {caption}
              </p>
              <DiagramSvg
                frame={data}
                narrow={data.narrow}
                title={t.heroPanel(when, data.title)}
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
