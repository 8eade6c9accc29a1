/**
 * The capabilities a new business may need, by layer. This catalogue is an illustration for the
 * explorable, not data about Alibaba: the article names the platform's shared services and the
 * businesses, but which needs a business has, and what the platform lacks, is our interpretation.
 */
import { PLATFORM_SERVICES } from '@/lib/platform';
import type { Layer } from '@/lib/scene/types';

/**
 * Every capability id, in catalogue order: front end, then middle, then back end. The middle ids the
 * 2015 platform offers are the diagram's own services (`PLATFORM_SERVICES`); `infra` is the
 * diagram's node id too.
 */
export const CAPABILITY_IDS = [
  'storefront',
  'app-experience',
  'offline-stores',
  'factory-floor',
  'group-buying',
  ...PLATFORM_SERVICES,
  'flexible-manufacturing',
  'supply-chain-design',
  'team-buying',
  'infra',
  'factory-systems',
  'iot',
] as const;

/** A capability a business may need, as a kebab-case id. */
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/**
 * The capabilities one business needs: a set, kept as a readonly array without duplicates in
 * catalogue order (see `inCatalogueOrder`).
 */
export type BusinessNeeds = readonly CapabilityId[];

/** One entry of the catalogue. */
export interface Capability {
  id: CapabilityId;
  layer: Layer;
  /**
   * One plain-English line saying what the capability is: the model's documentation, not shown.
   * Its label and name, in each language, are in the message catalogue (`explorable.capabilities`).
   */
  description: string;
}

type Entry = Omit<Capability, 'id'>;

const ENTRIES: Record<CapabilityId, Entry> = {
  storefront: {
    layer: 'front',
    description: 'Web pages where shoppers browse, search and buy.',
  },
  'app-experience': {
    layer: 'front',
    description: 'The screens and flows of a consumer mobile app.',
  },
  'offline-stores': {
    layer: 'front',
    description: 'Physical shops, their checkouts and delivery from the shelf.',
  },
  'factory-floor': {
    layer: 'front',
    description: 'Tools for the people who plan and run production lines.',
  },
  'group-buying': {
    layer: 'front',
    description: 'Pages where shoppers share a deal and invite friends to join it.',
  },
  product: {
    layer: 'middle',
    description: 'One catalog of goods, with prices and descriptions.',
  },
  inventory: {
    layer: 'middle',
    description: 'What is in stock, where, and what is reserved.',
  },
  user: { layer: 'middle', description: 'One account per person, across every business.' },
  payment: { layer: 'middle', description: 'Taking, holding and refunding money.' },
  ai: { layer: 'middle', description: 'Recommendations, forecasts and other learned models.' },
  data: {
    layer: 'middle',
    description: 'Data collected once and shared with every business.',
  },
  security: {
    layer: 'middle',
    description: 'Protection against fraud, attacks and data leaks.',
  },
  'tech-arch': {
    layer: 'middle',
    description: 'The common way every system is built, deployed and run.',
  },
  'flexible-manufacturing': {
    layer: 'middle',
    description: 'Making small batches to order instead of long runs.',
  },
  'supply-chain-design': {
    layer: 'middle',
    description: 'Choosing suppliers, materials and routes for physical goods.',
  },
  'team-buying': {
    layer: 'middle',
    description: 'Prices and orders that change as shoppers team up.',
  },
  infra: {
    layer: 'back',
    description: 'Shared cloud computing and data centers.',
  },
  'factory-systems': {
    layer: 'back',
    description: 'Software that schedules machines and tracks production.',
  },
  iot: {
    layer: 'back',
    description: 'Sensors and connected machines reporting from the floor.',
  },
};

/** The whole catalogue, in catalogue order. */
export const CATALOGUE: readonly Capability[] = CAPABILITY_IDS.map((id) => ({ id, ...ENTRIES[id] }));

const KNOWN = new Set<string>(CAPABILITY_IDS);

/** Whether a string is a capability id. */
function isCapabilityId(value: unknown): value is CapabilityId {
  return typeof value === 'string' && KNOWN.has(value);
}

/** The layer a capability belongs to. */
export function layerOf(id: CapabilityId): Layer {
  return ENTRIES[id].layer;
}

/** The catalogue's capabilities in one layer, in catalogue order. */
export function capabilitiesIn(layer: Layer): readonly Capability[] {
  return CATALOGUE.filter((entry) => entry.layer === layer);
}

/** Known ids from any strings, once each, in catalogue order. Unknown values are dropped. */
export function inCatalogueOrder(values: Iterable<unknown>): CapabilityId[] {
  const known = new Set<CapabilityId>();
  for (const value of values) if (isCapabilityId(value)) known.add(value);
  return CAPABILITY_IDS.filter((id) => known.has(id));
}
