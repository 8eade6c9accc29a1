// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenScrollRests } from '@/components/hooks/when-scroll-rests';

/** Whether the promise has settled, after letting its callbacks run. */
async function settled(promise: Promise<void>) {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenScrollRests', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves once the page has been still for the rest time', async () => {
    const rested = whenScrollRests(150);
    vi.advanceTimersByTime(149);
    expect(await settled(rested)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(rested)).toBe(true);
  });

  it('waits while the page scrolls, counting the rest from the last scroll', async () => {
    const rested = whenScrollRests(150);
    for (let i = 0; i < 10; i += 1) {
      vi.advanceTimersByTime(100);
      window.dispatchEvent(new Event('scroll'));
    }
    expect(await settled(rested)).toBe(false);
    vi.advanceTimersByTime(149);
    expect(await settled(rested)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(rested)).toBe(true);
  });

  it('stops listening once it has resolved', async () => {
    const scroller = new EventTarget();
    const removed = vi.spyOn(scroller, 'removeEventListener');
    const rested = whenScrollRests(150, scroller);
    vi.advanceTimersByTime(150);
    expect(await settled(rested)).toBe(true);
    expect(removed).toHaveBeenCalledWith('scroll', expect.any(Function));
    scroller.dispatchEvent(new Event('scroll'));
    expect(vi.getTimerCount()).toBe(0);
  });
});
