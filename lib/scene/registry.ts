import { SCENES } from '@/content/scenes';
import { SCENE_IDS, type Scene, type SceneId, type SceneMap } from './types';

const IDS: ReadonlySet<string> = new Set(SCENE_IDS);

/** Whether a string names a scene (for checking `<Step scene="...">` in the prose). */
export function isSceneId(value: string): value is SceneId {
  return IDS.has(value);
}

/** The scene with this id. */
export function getScene(id: SceneId): Scene {
  return SCENES[id];
}

/** Every scene, in story order. */
export function allScenes(): Scene[] {
  return SCENE_IDS.map((id) => SCENES[id]);
}

/** The scenes a list of steps shows, by id: what a live diagram of those steps needs. */
export function scenesOf(steps: readonly { scene: SceneId }[]): SceneMap {
  return Object.fromEntries(steps.map((step) => [step.scene, SCENES[step.scene]]));
}
