export * from './types';
export { interpolateScene } from './interpolate';
export { routeEdges, edgePath, type EdgeRoute, type Point } from './edges';
export { sceneRegistry, type SceneRegistry } from './registry';
export { validateScenes, frameProblems, overlappingNodes, crampedLabels } from './validate';
export { legendEntries, type LegendEntry } from './legend';
