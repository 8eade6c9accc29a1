/**
 * The animation engine the diagram's morph needs, and only that. It is imported on demand (see
 * use-scene-morph); importing `motion` itself with `import()` would bring every export of the
 * package, since a bundler cannot tell which ones a dynamic import's caller reads.
 */
export { animate } from 'motion';
