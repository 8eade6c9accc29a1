import type { Templated } from './template';

/** The function's text with a hole for each parameter; exact only for a function that just interpolates. */
function toTemplate(message: (...args: never[]) => string): string {
  const holes = Array.from({ length: message.length }, (_, i) => `{${i}}`);
  return message(...(holes as never[]));
}

/**
 * A catalogue, or a part of it, with each message function turned into its template: made on
 * the server and passed to client components as props, so the browser gets the strings of the
 * page's language and none of the catalogues' code. Every message function interpolates its
 * values and nothing more (tests/unit/messages.test.ts checks it), so its template is exact.
 */
export function templated<T>(messages: T): Templated<T> {
  if (typeof messages === 'function') return toTemplate(messages as never) as Templated<T>;
  if (typeof messages !== 'object' || messages === null) return messages as Templated<T>;
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, templated(value)])) as Templated<T>;
}
