/** The explorable section's id: the fragment a configured explorable URL opens at. */
export const EXPLORABLE_ID = 'explorable';
