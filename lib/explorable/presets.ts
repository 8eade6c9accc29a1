/**
 * Ready-made businesses, each modeled loosely on one the article discusses. The needs are our
 * illustration of the article's argument, not a description of what those businesses run on.
 */
import { HEMA_REUSES, type FrontEnd } from '@/lib/platform';
import { type BusinessNeeds, inCatalogueOrder } from './catalogue';

/** The presets, in the order the chapters meet the businesses. */
export const PRESET_IDS = ['hema', 'rhino', 'special-edition'] as const satisfies readonly FrontEnd[];

/** A preset's id; each matches the diagram's node id for that front end. */
export type PresetId = (typeof PRESET_IDS)[number];

/** A ready-made business the reader can pick. */
export interface Preset {
  id: PresetId;
  /**
   * One line saying what kind of business it is: documentation, not shown. Its names in each
   * language are in the message catalogue (`explorable.presets`).
   */
  description: string;
  needs: BusinessNeeds;
}

const PRESETS: Record<PresetId, Preset> = {
  hema: {
    id: 'hema',
    description: 'Shops and an app of its own, on the six shared services Hema reused (chapter 3).',
    // Chapter 3's recipe and nothing more: the six services it reused, plus its own front end.
    needs: inCatalogueOrder([...HEMA_REUSES, 'offline-stores', 'app-experience']),
  },
  rhino: {
    id: 'rhino',
    description:
      'A factory business: it could use the platform’s product, inventory and payment services, the ones chapter 4 shows it trying, but in every layer it needs things the platform never had.',
    // The platform services are the ones chapter 4's picture `why-inefficient` links Rhino to.
    needs: inCatalogueOrder([
      'factory-floor',
      'product',
      'inventory',
      'payment',
      'flexible-manufacturing',
      'supply-chain-design',
      'factory-systems',
      'iot',
    ]),
  },
  'special-edition': {
    id: 'special-edition',
    description:
      'A fast challenger built on group deals: it wants speed and independence, and only a few shared services.',
    needs: inCatalogueOrder(['group-buying', 'app-experience', 'team-buying', 'user', 'payment', 'infra']),
  },
};

/** Whether a value is a preset id. */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

/** The definition of a preset. */
export function preset(id: PresetId): Preset {
  return PRESETS[id];
}

/** Every preset, in order. */
export const PRESETS_IN_ORDER: readonly Preset[] = PRESET_IDS.map((id) => PRESETS[id]);

/** The preset whose needs are exactly these, if any. */
export function presetMatching(needs: BusinessNeeds): PresetId | undefined {
  const key = inCatalogueOrder(needs).join(',');
  return PRESET_IDS.find((id) => PRESETS[id].needs.join(',') === key);
}
