import { describe, expect, it } from 'vitest';
import { keepingUp, SLOW_FRAME_MS } from '@/lib/scrolly/keeping-up';

/** Runs a morph's pacing over frames of the given lengths; says which frames were painted. */
function painted(frameLengths: number[]): boolean[] {
  let clock = 1000;
  const paint = keepingUp(() => clock);
  return frameLengths.map((ms) => {
    clock += ms;
    return paint();
  });
}

describe('keepingUp', () => {
  it('paints every frame while frames take no longer than a 60 Hz frame', () => {
    expect(painted([16.7, 16.7, 16.6, 16.8, 16.7])).toEqual([true, true, true, true, true]);
  });

  it('skips the frame after a slow one, and never two in a row', () => {
    expect(painted([16.7, 33.4, 33.4, 33.4, 33.4])).toEqual([true, false, true, false, true]);
  });

  it('goes back to every frame as soon as the frames are quick again', () => {
    expect(painted([16.7, 40, 16.7, 16.7, 16.7])).toEqual([true, false, true, true, true]);
  });

  it('counts a frame as slow only past the threshold', () => {
    expect(painted([16.7, SLOW_FRAME_MS, SLOW_FRAME_MS + 0.1])).toEqual([true, true, false]);
  });
});
