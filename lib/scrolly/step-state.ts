/** The key of the step in view in a history entry's state, kept by the live diagram. */
export const STEP_STATE_KEY = 'thinMiddleStep';
