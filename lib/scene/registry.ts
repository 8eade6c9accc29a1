import { ContentError } from '@/lib/content/errors';
import type { Scene, SceneMap } from './types';

/** Lookups over the scenes the content defines, made by `sceneRegistry`. */
export interface SceneRegistry<S extends Scene<string>> {
  /** Whether a string names a scene (for checking `<Step scene="...">` in the prose). */
  isSceneId(value: string): value is S['id'];
  /** The scene with this id. */
  getScene(id: S['id']): S;
  /** Every scene, in the order they were given. */
  allScenes(): S[];
  /** The scenes a list of steps shows, by id: what a live diagram of those steps needs. */
  scenesOf(steps: readonly { scene: S['id'] }[]): SceneMap;
}

/**
 * The lookups over a list of scenes. Two scenes with one id are a content mistake, so this
 * throws (and the build fails) naming the id.
 */
export function sceneRegistry<S extends Scene<string>>(scenes: readonly S[]): SceneRegistry<S> {
  const byId = new Map<string, S>();
  for (const scene of scenes) {
    if (byId.has(scene.id)) throw new ContentError('content/scenes', `scene "${scene.id}" is defined twice`);
    byId.set(scene.id, scene);
  }
  const getScene = (id: S['id']): S => byId.get(id)!;
  return {
    isSceneId: (value: string): value is S['id'] => byId.has(value),
    getScene,
    allScenes: () => [...scenes],
    scenesOf: (steps) => Object.fromEntries(steps.map((step) => [step.scene, getScene(step.scene)])),
  };
}
