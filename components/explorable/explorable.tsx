/** Placeholder until the explorable lands (issue 7); renders nothing. */
export function Explorable() {
  return null;
}
