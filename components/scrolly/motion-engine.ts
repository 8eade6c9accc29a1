import { cancelFrame, cubicBezier, frame, type FrameData } from 'motion';

/**
 * What the diagram's morph needs, and only that, imported on demand (see use-scene-morph):
 * a tween on motion's frame loop, and the interpolation between two scenes. Importing `motion`
 * itself with `import()` would bring every export of the package, since a bundler cannot tell
 * which ones a dynamic import's caller reads.
 */
export { interpolateScene } from '@/lib/scene/interpolate';

export interface Tween {
  seconds: number;
  /** A cubic Bézier's control points, as CSS writes them. */
  ease: readonly [number, number, number, number];
  /** Called once a frame with the eased progress, 0 in the first frame and 1 in the last. */
  onUpdate: (t: number) => void;
  onComplete: () => void;
}

/**
 * Eases a number from 0 to 1 on motion's frame loop, and returns how to stop it. The morph's
 * only moving value is this one number (the frames themselves are painted by the caller), so it
 * needs motion's clock and its easing, and none of animate()'s machinery: starting an animate()
 * (resolving its keyframes, choosing a driver) cost a slow phone a dropped frame at every step.
 */
export function tween({ seconds, ease, onUpdate, onComplete }: Tween): () => void {
  const eased = cubicBezier(...ease);
  let startedAt: number | undefined;
  const tick = ({ timestamp }: FrameData) => {
    startedAt ??= timestamp;
    const progress = Math.min(1, (timestamp - startedAt) / (seconds * 1000));
    onUpdate(progress === 1 ? 1 : eased(progress));
    if (progress === 1) {
      cancelFrame(tick);
      onComplete();
    }
  };
  frame.update(tick, true);
  return () => cancelFrame(tick);
}
