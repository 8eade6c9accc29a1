/**
 * A value from 0 to 1 on a grid of twentieths. Fades and colour blends move in these steps, so a
 * morph restyles an element about twenty times rather than in every frame (steps too small to
 * see while the drawing moves); every resting opacity of the scenes lies on the grid, so no still
 * picture is changed by it (scene-validate.test.ts holds them to that).
 */
export const inSteps = (value: number) => Math.round(value * 20) / 20;
