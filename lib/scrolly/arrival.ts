/**
 * Arriving at a step: a chapter opened at a `#step` link, reloaded, or returned to with back or
 * forward paints that step's scene in its first frame.
 */

/** The key of the step in view in a history entry's state, kept by the live diagram. */
export const STEP_STATE_KEY = 'thinMiddleStep';

/**
 * The style the first script adds while a step's scene is on its way; its `data-step` names
 * the step. Once hydrated, the chapter's script reads it and removes it.
 */
export const ARRIVAL_STYLE_ID = 'scrolly-arrival';
