import { sceneRegistry } from '@/lib/scene/registry';
import type { Scene } from '@/lib/scene/types';
import * as teardown from './01-the-teardown';
import * as bigMiddle from './02-big-middle-small-front';
import * as combinatorial from './03-combinatorial-innovation';
import * as secondCurve from './04-the-second-curve';
import * as disruptive from './05-disruptive-innovation';
import * as thinAndFragmented from './06-thin-and-fragmented';
import * as whatItMeans from './07-what-it-means';

/** One module per chapter; every `scene(...)` a module exports is a scene the chapters may name. */
const MODULES = [teardown, bigMiddle, combinatorial, secondCurve, disruptive, thinAndFragmented, whatItMeans];

/** The scenes a module exports, among its other exports (helpers shared with later chapters). */
type ScenesOf<M> = M extends unknown ? Extract<M[keyof M], Scene<string>> : never;

/** Every scene the modules export, each typed with its own id. */
export type DefinedScene = ScenesOf<(typeof MODULES)[number]>;

declare module '@/lib/scene/types' {
  interface SceneRegister {
    id: DefinedScene['id'];
  }
}

const isScene = (value: unknown): value is DefinedScene =>
  typeof value === 'object' && value !== null && 'id' in value && 'narrow' in value && 'description' in value;

/**
 * Every scene of the explainer and the lookups over them. `allScenes()` goes chapter by
 * chapter, and within a module by export name (a module namespace lists its exports sorted);
 * the story order of steps is the chapters' business.
 */
export const { isSceneId, getScene, allScenes, scenesOf } = sceneRegistry(
  MODULES.flatMap((module) => Object.values(module).filter(isScene)),
);
