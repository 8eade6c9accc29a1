/**
 * The platform the story is about, as lists of ids: its front ends and its shared services, and
 * the groups of services the chapters and the explorable talk about. The diagram's scenes
 * (content/scenes/), the explorable's shapes and presets (lib/explorable/) and the tests all read
 * them from here; the ids are the diagram's node ids.
 */

/** The front ends, in the order they sit in a row. */
export const FRONT_ENDS = ['taobao', 'tmall', 'hema', 'rhino', 'special-edition', 'more-lines'] as const;

export type FrontEnd = (typeof FRONT_ENDS)[number];

/** The front ends of 2015, before Hema, Rhino and Special Edition. */
export const FRONTS_2015 = ['taobao', 'tmall', 'more-lines'] as const satisfies readonly FrontEnd[];

/** The front ends once Hema has joined. */
export const FRONTS_HEMA = ['taobao', 'tmall', 'hema', 'more-lines'] as const satisfies readonly FrontEnd[];

/** The middle platform's eight shared services, in the order of its grid (three a row). */
export const PLATFORM_SERVICES = [
  'product',
  'inventory',
  'user',
  'payment',
  'ai',
  'data',
  'security',
  'tech-arch',
] as const;

export type PlatformService = (typeof PLATFORM_SERVICES)[number];

/** What Hema Fresh reused from the platform, per the source (chapter 3), in grid order. */
export const HEMA_REUSES = [
  'product',
  'inventory',
  'user',
  'payment',
  'ai',
  'security',
] as const satisfies readonly PlatformService[];

/** Business-specific services that move up into the front ends as the platform thins (our reading). */
export const MOVED_UP = ['product', 'inventory', 'ai'] as const satisfies readonly PlatformService[];

/** The generic core a thin platform keeps: its most abstract services (our reading). */
export const CORE = ['user', 'payment', 'data', 'security', 'tech-arch'] as const satisfies readonly PlatformService[];
