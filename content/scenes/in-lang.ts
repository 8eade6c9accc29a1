import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import type { Catalogue } from '@/lib/scene/compose';
import type { Scene, SceneId, SceneMap } from '@/lib/scene/types';
import { translateCatalogue, translateScene, type DiagramWords } from '@/lib/scene/words';
import { CATALOGUE } from './catalogue';
import { allScenes, getScene } from './index';
import { ZH } from './zh';

/** Each language's words; English is written into the scenes themselves. */
const WORDS: Record<Exclude<Lang, typeof DEFAULT_LANG>, DiagramWords<SceneId>> = { zh: ZH };

/** Translated scenes, made once per scene and language, so that a scene is one object (as in English). */
const made: Record<keyof typeof WORDS, WeakMap<Scene<string>, Scene<string>>> = { zh: new WeakMap() };

/**
 * A scene in a language: in English the scene itself; in another, the same scene with its
 * title, description, labels and notes in that language. Layout, morphs and drawing take it as
 * they take any scene.
 */
export function sceneIn<S extends Scene<string>>(scene: S, lang: Lang): S {
  if (lang === DEFAULT_LANG) return scene;
  let translated = made[lang].get(scene) as S | undefined;
  if (!translated) {
    translated = translateScene(scene, WORDS[lang]);
    made[lang].set(scene, translated);
  }
  return translated;
}

/** The scene with this id, in a language. */
export const getSceneIn = (id: SceneId, lang: Lang): Scene => sceneIn(getScene(id), lang);

/** Every scene, in a language, in the order of `allScenes()`. */
export const allScenesIn = (lang: Lang): Scene[] => allScenes().map((scene) => sceneIn(scene, lang));

/** The scenes a list of steps shows, by id, in a language: what a live diagram of those steps needs. */
export const scenesOfIn = (steps: readonly { scene: SceneId }[], lang: Lang): SceneMap =>
  Object.fromEntries(steps.map((step) => [step.scene, getSceneIn(step.scene, lang)]));

/** Every node and band the diagram can show, labelled in a language. */
export const catalogueIn = (lang: Lang): Catalogue =>
  lang === DEFAULT_LANG ? CATALOGUE : translateCatalogue(CATALOGUE, WORDS[lang]);
