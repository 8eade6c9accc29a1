/**
 * A type test, checked by `npm run typecheck`: a scene id is one that a module in
 * content/scenes/ exports, so an unregistered one does not compile. Each `@ts-expect-error`
 * fails the type check if its line ever compiles (if `SceneId` widened to any string, say).
 */
import { getScene } from '@/content/scenes';
import type { ChapterStep } from '@/lib/content/types';
import type { SceneId } from '@/lib/scene/types';

export const registered: SceneId = 'platform-full';

// @ts-expect-error -- no scene module exports a scene "no-such-scene"
export const unregistered: SceneId = 'no-such-scene';

// @ts-expect-error -- a typo in a scene id is a type error, not a missing picture at run time
export const typo = () => getScene('platform-ful');

// @ts-expect-error -- a chapter's step names a registered scene
export const step: ChapterStep = { id: 'x', scene: 'not-a-scene' };
