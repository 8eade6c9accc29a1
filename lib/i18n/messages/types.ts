import type { en } from './en';

/** A catalogue's shape: the English one's keys, with any string (or string function) at each leaf. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** What every language's catalogue holds: exactly the keys of the English one. */
export type Messages = Widen<typeof en>;
