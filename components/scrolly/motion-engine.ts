/**
 * What the diagram's morph needs, and only that, imported on demand (see use-scene-morph):
 * motion's animate(), and the interpolation between two scenes. Importing `motion` itself with
 * `import()` would bring every export of the package, since a bundler cannot tell which ones a
 * dynamic import's caller reads.
 */
export { animate } from 'motion';
export { interpolateScene } from '@/lib/scene/interpolate';
