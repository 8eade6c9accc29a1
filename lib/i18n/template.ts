/**
 * A message function's text with numbered holes (`{0}`, `{1}`, …): what a client component is
 * given instead of the function, which cannot cross from the server to the browser. `A` keeps
 * the function's parameters, so that `fill` is called with the same values.
 */
export type Template<A extends readonly unknown[]> = string & { readonly __params?: A };

/** A catalogue (or a part of one) as a client component receives it: every function a template. */
export type Templated<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? Template<A>
    : { readonly [K in keyof T]: Templated<T[K]> };

/** The template's text with its holes filled, in order, by `values`. */
export function fill<A extends readonly unknown[]>(template: Template<A>, ...values: A): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)]));
}
