import { describe, expect, it } from 'vitest';
import { channelName, HELLO, readLectureMessage, stepMessage } from '@/lib/lecture/channel';
import { presenterPath } from '@/lib/lecture/presenter';

const SLUG = 'the-second-curve';
const read = (data: unknown) => readLectureMessage(data, SLUG, 5);

describe('the lecture channel', () => {
  it('names one channel per chapter, so chapters never move each other', () => {
    expect(channelName(SLUG)).toBe('thin-middle-lecture:the-second-curve');
    expect(channelName('the-teardown')).not.toBe(channelName(SLUG));
  });

  it('reads back the step messages it writes, at both ends of the chapter', () => {
    for (const index of [0, 2, 4]) expect(read(stepMessage(SLUG, index))).toEqual({ type: 'step', slug: SLUG, index });
  });

  it('reads a hello, with or without anything else in it', () => {
    expect(read(HELLO)).toEqual({ type: 'hello' });
    expect(read({ type: 'hello', from: 'elsewhere' })).toEqual({ type: 'hello' });
  });

  it('ignores a step of another chapter, or outside this one, or not a whole number', () => {
    expect(read(stepMessage('the-teardown', 1))).toBeNull();
    for (const index of [-1, 5, 1.5, Number.NaN, Infinity, '2', null, undefined]) {
      expect(read({ type: 'step', slug: SLUG, index }), String(index)).toBeNull();
    }
  });

  it('ignores anything that is not one of its messages, without throwing', () => {
    const odd: unknown[] = [null, undefined, 3, 'step', [], ['step'], {}, { type: 'jump', slug: SLUG, index: 1 }];
    odd.push(Object.create(null), { type: { toString: () => 'step' }, slug: SLUG, index: 1 });
    for (const data of odd) expect(() => read(data)).not.toThrow();
    for (const data of odd) expect(read(data)).toBeNull();
  });

  it('puts the presenter view beside its chapter’s lecture mode', () => {
    expect(presenterPath(SLUG)).toBe('/present/the-second-curve/presenter/');
  });
});
