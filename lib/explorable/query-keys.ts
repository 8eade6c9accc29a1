/**
 * Whether an address names an explorable configuration (`preset`, `needs` or `shape`; see
 * url-state). Kept apart from url-state, which brings the catalogue, so that the chapter page
 * can ask before the explorable's code has loaded.
 */
export function namesExplorableState(search: string): boolean {
  const params = new URLSearchParams(search);
  return ['preset', 'needs', 'shape'].some((key) => params.has(key));
}
