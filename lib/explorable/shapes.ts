/**
 * The three shapes the platform can take in the explorable: the 2015 "big middle platform", the
 * thin one the platform architect describes, and the fragmented one the author foresees. Which
 * capability sits where in each shape is our illustration of the article's argument.
 */
import { CORE, PLATFORM_SERVICES } from '@/lib/platform';
import type { CapabilityId } from './catalogue';

/** The platform's shapes, in the order the story meets them. */
export const PLATFORM_SHAPES = ['2015', 'thin', 'fragmented'] as const;

/** A shape of the platform. */
export type PlatformShape = (typeof PLATFORM_SHAPES)[number];

/** What a shape offers and on what terms. */
export interface PlatformShapeInfo {
  id: PlatformShape;
  /**
   * One line saying what the shape is and what it means for a new business: documentation, not
   * shown. Its name in each language is in the message catalogue (`explorable.shapes`).
   */
  description: string;
  /** The capabilities (middle and back end) the platform provides, in catalogue order. */
  offers: readonly CapabilityId[];
  /**
   * `thick`: the shared services carry business logic too, so more needs are met.
   * `core`: only the generic, most abstract parts remain; the rest is front-end work.
   */
  depth: 'thick' | 'core';
  /**
   * Whether the middle platform is one bundle: a business that uses any of its capabilities
   * takes all of them along (their conventions, release cycle and architecture). A fragmented
   * platform is not bundled: a business takes the pieces it needs and nothing else.
   */
  bundled: boolean;
}

const SHARED_BACK_END = ['infra'] as const satisfies readonly CapabilityId[];

const SHAPES: Record<PlatformShape, PlatformShapeInfo> = {
  '2015': {
    id: '2015',
    description: 'All eight shared services, business logic included, as one platform every business adopts whole.',
    offers: [...PLATFORM_SERVICES, ...SHARED_BACK_END],
    depth: 'thick',
    bundled: true,
  },
  thin: {
    id: 'thin',
    description:
      'Only the generic core stays shared; product, inventory and AI become each front end’s own work. Fewer needs are met, and less comes along with them.',
    offers: [...CORE, ...SHARED_BACK_END],
    depth: 'core',
    bundled: true,
  },
  fragmented: {
    id: 'fragmented',
    description:
      'The same generic core, split into separate pieces: a business takes the pieces it needs without the rest.',
    offers: [...CORE, ...SHARED_BACK_END],
    depth: 'core',
    bundled: false,
  },
};

/** Whether a value is a platform shape. */
export function isPlatformShape(value: unknown): value is PlatformShape {
  return typeof value === 'string' && (PLATFORM_SHAPES as readonly string[]).includes(value);
}

/** The definition of a shape. */
export function platformShape(shape: PlatformShape): PlatformShapeInfo {
  return SHAPES[shape];
}

/** Whether the platform, in this shape, provides a capability. */
export function offers(shape: PlatformShape, id: CapabilityId): boolean {
  return SHAPES[shape].offers.includes(id);
}
