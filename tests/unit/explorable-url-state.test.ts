import { describe, expect, it } from 'vitest';
import { CAPABILITY_IDS, PLATFORM_SHAPES, PRESET_IDS, preset } from '@/lib/explorable/model';
import { makeState, presetState, toggleStateNeed, withShape } from '@/lib/explorable/state';
import { DEFAULT_STATE, parseExplorableQuery, serializeExplorableState } from '@/lib/explorable/url-state';

describe('the explorable’s URL state', () => {
  it('an empty query gives the Hema-like preset on the 2015 platform', () => {
    expect(parseExplorableQuery(new URLSearchParams())).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual({ shape: '2015', needs: preset('hema').needs, preset: 'hema' });
  });

  it('reads a preset, a shape and a list of needs', () => {
    expect(parseExplorableQuery('preset=rhino&shape=2015')).toEqual(presetState('rhino', '2015'));
    expect(parseExplorableQuery({ shape: 'thin', needs: 'user,payment,infra' })).toEqual({
      shape: 'thin',
      needs: ['user', 'payment', 'infra'],
    });
  });

  it('writes short, readable queries', () => {
    expect(serializeExplorableState(presetState('rhino', '2015'))).toBe('preset=rhino&shape=2015');
    expect(serializeExplorableState(makeState('thin', ['infra', 'payment', 'user']))).toBe(
      'shape=thin&needs=user,payment,infra',
    );
  });

  it('needs win over a preset, and a preset is recognised from its needs', () => {
    expect(parseExplorableQuery({ preset: 'rhino', needs: 'user' })).toEqual({ shape: '2015', needs: ['user'] });
    expect(parseExplorableQuery({ needs: preset('special-edition').needs.join(',') }).preset).toBe('special-edition');
  });

  it('hostile query values fall back to defaults', () => {
    expect(parseExplorableQuery({ shape: '<script>', preset: 'constructor' })).toEqual(DEFAULT_STATE);
    expect(parseExplorableQuery('shape=__proto__&preset=toString')).toEqual(DEFAULT_STATE);
    expect(parseExplorableQuery({ __proto__: 'x', hasOwnProperty: 'x' } as Record<string, string>)).toEqual(
      DEFAULT_STATE,
    );
    expect(parseExplorableQuery('needs=evil,%00,user,,USER, payment ,user&shape=THIN')).toEqual({
      shape: 'thin',
      needs: ['user', 'payment'],
    });
    expect(parseExplorableQuery({ needs: ['infra', 'user'], shape: ['fragmented'] })).toEqual({
      shape: 'fragmented',
      needs: ['infra'],
    });
  });

  it('absurdly long values are cut without throwing', () => {
    const huge = `user,${'x'.repeat(1_000_000)},payment`;
    expect(parseExplorableQuery({ needs: huge, shape: 'thin'.repeat(100_000) })).toEqual({
      shape: '2015',
      needs: ['user'],
    });
    const everything = CAPABILITY_IDS.join(', ');
    expect(parseExplorableQuery({ needs: everything }).needs).toEqual(CAPABILITY_IDS);
  });

  it('a query object whose reads throw still gives a state', () => {
    const throwing = () => {
      throw new Error('hostile getter');
    };
    const trap = new Proxy({ shape: 'thin', needs: 'user' }, { get: throwing }) as Record<string, string>;
    expect(parseExplorableQuery(trap)).toEqual(DEFAULT_STATE);
  });

  it('an explicitly empty list of needs stays empty', () => {
    const empty = makeState('fragmented', []);
    expect(serializeExplorableState(empty)).toBe('shape=fragmented&needs=');
    expect(parseExplorableQuery('shape=fragmented&needs=')).toEqual(empty);
  });

  it('state round-trips through the URL', () => {
    const states = [
      DEFAULT_STATE,
      makeState('thin', []),
      makeState('fragmented', CAPABILITY_IDS),
      ...PRESET_IDS.flatMap((id) => PLATFORM_SHAPES.map((shape) => presetState(id, shape))),
      ...CAPABILITY_IDS.map((id, index) => makeState(PLATFORM_SHAPES[index % 3]!, [id])),
      ...CAPABILITY_IDS.map((id) => toggleStateNeed(DEFAULT_STATE, id)),
    ];
    for (const state of states) {
      expect(parseExplorableQuery(serializeExplorableState(state))).toEqual(state);
      expect(parseExplorableQuery(new URLSearchParams(serializeExplorableState(state)))).toEqual(state);
    }
  });

  it('toggling away from a preset clears it, and toggling back restores it', () => {
    const away = toggleStateNeed(DEFAULT_STATE, 'data');
    expect(away.preset).toBeUndefined();
    expect(toggleStateNeed(away, 'data')).toEqual(DEFAULT_STATE);
    expect(withShape(DEFAULT_STATE, 'thin')).toEqual({ ...DEFAULT_STATE, shape: 'thin' });
  });
});
