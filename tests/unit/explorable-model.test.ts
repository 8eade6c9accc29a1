import { describe, expect, it } from 'vitest';
import { ENGLISH, evaluate } from './evaluate-in-english';
import {
  CAPABILITY_IDS,
  CATALOGUE,
  PLATFORM_SHAPES,
  PRESET_IDS,
  PRESETS_IN_ORDER,
  platformShape,
  preset,
  toggleNeed,
} from '@/lib/explorable/model';
import { joinNames } from '@/lib/explorable/sentence';
import { CATALOGUE as DIAGRAM } from '@/content/scenes/catalogue';

describe('the capability catalogue', () => {
  it('has short labels (the chapters’ own names aside), one-line descriptions and layers in catalogue order', () => {
    for (const entry of CATALOGUE) {
      if (!DIAGRAM.nodes[entry.id])
        expect(ENGLISH.capabilities[entry.id].label.length, entry.id).toBeLessThanOrEqual(14);
      expect(entry.description, entry.id).not.toContain('\n');
      expect(entry.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    const ranks = CATALOGUE.map((entry) => ['front', 'middle', 'back'].indexOf(entry.layer));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('uses the diagram’s node ids for the platform’s own capabilities', () => {
    const offered = platformShape('2015').offers;
    expect(offered.length).toBeGreaterThan(0);
    for (const id of offered) expect(DIAGRAM.nodes[id]?.kind, id).toMatch(/^(capability|infrastructure)$/);
  });
});

describe('the model', () => {
  it('the Hema-like preset is fully met by the 2015 platform', () => {
    const result = evaluate(preset('hema').needs, '2015');
    expect(result.met).toEqual(['product', 'inventory', 'user', 'payment', 'ai', 'security']);
    expect(result.missing).toEqual([]);
    expect(result.ownFrontEnd).toEqual(['app-experience', 'offline-stores']);
    expect(result.reuseRatio).toBe(1);
    expect(result.verdict).toBe('combinatorial');
  });

  it('the Rhino-like preset lacks something in every layer', () => {
    const result = evaluate(preset('rhino').needs, '2015');
    expect(result.lacking).toEqual(['front', 'middle', 'back']);
    expect(result.met).toEqual(['product', 'inventory', 'payment']);
    expect(result.missing).toEqual(['flexible-manufacturing', 'supply-chain-design', 'factory-systems', 'iot']);
    expect(result.verdict).toBe('disruptive');
    expect(result.sentence).toContain('flexible manufacturing');
  });

  it('the Special-Edition-like preset needs little from the platform and gains most from fragments', () => {
    const bundled = evaluate(preset('special-edition').needs, '2015');
    const fragmented = evaluate(preset('special-edition').needs, 'fragmented');
    expect(bundled.missing).toEqual(['team-buying']);
    expect(bundled.verdict).toBe('mixed');
    expect(bundled.carried.length).toBeGreaterThan(0);
    expect(fragmented.met).toEqual(bundled.met);
    expect(fragmented.carried).toEqual([]);
  });

  it('every preset’s label names its business', () => {
    expect(PRESETS_IN_ORDER.map((entry) => ENGLISH.presetNames[entry.id].label)).toEqual([
      expect.stringContaining('Hema'),
      expect.stringContaining('Rhino'),
      expect.stringContaining('Special Edition'),
    ]);
    expect(PRESET_IDS).toEqual(['hema', 'rhino', 'special-edition']);
  });

  it('front-end needs are always the business’s own, whatever the shape', () => {
    for (const shape of PLATFORM_SHAPES) {
      const result = evaluate(['storefront', 'group-buying', 'infra'], shape);
      expect(result.ownFrontEnd).toEqual(['storefront', 'group-buying']);
      expect(result.met).toEqual(['infra']);
    }
  });

  it('the thin platform meets fewer needs than the 2015 one', () => {
    const full = evaluate(preset('hema').needs, '2015');
    const thin = evaluate(preset('hema').needs, 'thin');
    expect(thin.met.length).toBeLessThan(full.met.length);
    expect(thin.movedUp).toEqual(['product', 'inventory', 'ai']);
    expect(thin.met).toEqual(['user', 'payment', 'security']);
    expect(thin.reuseRatio).toBe(3 / 6);
  });

  it('the thin platform carries less along than the 2015 one, and the fragmented one carries nothing', () => {
    const needs = ['user', 'payment'] as const;
    expect(evaluate(needs, '2015').carried).toEqual(['product', 'inventory', 'ai', 'data', 'security', 'tech-arch']);
    expect(evaluate(needs, 'thin').carried).toEqual(['data', 'security', 'tech-arch']);
    expect(evaluate(needs, 'fragmented').carried).toEqual([]);
  });

  it('infrastructure is shared in every shape', () => {
    for (const shape of PLATFORM_SHAPES) expect(evaluate(['infra'], shape).met).toEqual(['infra']);
  });

  it('the reuse ratio is 0 with no platform needs and 1 when all are met', () => {
    expect(evaluate([], '2015').reuseRatio).toBe(0);
    expect(evaluate(['storefront'], '2015').reuseRatio).toBe(0);
    expect(evaluate(['storefront'], '2015').verdict).toBe('mixed');
    expect(evaluate(['user', 'infra'], 'thin').reuseRatio).toBe(1);
    expect(evaluate(['iot'], '2015').reuseRatio).toBe(0);
  });

  it('a business that lacks only the middle is mixed, not disruptive', () => {
    expect(evaluate(['storefront', 'team-buying', 'infra'], '2015').verdict).toBe('mixed');
  });

  it('evaluates needs given in any order, with duplicates, as a set', () => {
    const shuffled = evaluate(['infra', 'user', 'offline-stores', 'user'], '2015');
    expect(shuffled.needs).toEqual(['offline-stores', 'user', 'infra']);
  });

  it('says what happened in one sentence', () => {
    expect(
      evaluate(['flexible-manufacturing', 'product', 'user', 'payment', 'ai', 'security', 'infra'], 'fragmented')
        .sentence,
    ).toBe(
      'The platform provides 4 of the 7 services this business needs beneath its front end (57%); the business must build 3 anew: product, AI and flexible manufacturing; it takes only the pieces it needs.',
    );
    expect(evaluate(preset('hema').needs, '2015').sentence).toBe(
      'The platform provides all 6 services this business needs beneath its front end (100%); the business builds only its own front end (app experience and offline stores); to use it, the business adopts the whole platform, including 2 capabilities it did not ask for.',
    );
    expect(evaluate(['iot'], '2015').sentence).toMatch(/^The platform provides 0 of the 1 service this business/);
    expect(evaluate([], '2015').sentence).toMatch(/No needs/);
    expect(evaluate(['group-buying'], '2015').sentence).toMatch(/nothing from the platform.*group buying/);
  });

  it('joins names as a reader would', () => {
    expect([
      joinNames([], ENGLISH.sentence),
      joinNames(['a'], ENGLISH.sentence),
      joinNames(['a', 'b'], ENGLISH.sentence),
      joinNames(['a', 'b', 'c'], ENGLISH.sentence),
    ]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});

describe('toggling needs', () => {
  it('toggling a need changes only that need', () => {
    const base = preset('hema').needs;
    for (const id of CAPABILITY_IDS) {
      const toggled = toggleNeed(base, id);
      const changed = CAPABILITY_IDS.filter((other) => base.includes(other) !== toggled.includes(other));
      expect(changed).toEqual([id]);
      expect(toggled).toEqual(CAPABILITY_IDS.filter((other) => toggled.includes(other)));
    }
  });

  it('toggling twice gives back the same needs and leaves the input alone', () => {
    const base = preset('rhino').needs;
    const copy = [...base];
    expect(toggleNeed(toggleNeed(base, 'data'), 'data')).toEqual(base);
    expect(base).toEqual(copy);
  });
});
