// @vitest-environment jsdom
// @vitest-environment-options { "pretendToBeVisual": true }
import { describe, expect, it } from 'vitest';
import { tween } from '@/components/scrolly/motion-engine';

/** Runs a tween to its end on motion's frame loop; resolves with every progress it reported. */
function run(seconds: number, stopAfter = Infinity) {
  return new Promise<{ seen: number[]; completed: number }>((resolve) => {
    const seen: number[] = [];
    let completed = 0;
    const stop = tween({
      seconds,
      ease: [0.33, 1, 0.68, 1],
      onUpdate: (t) => {
        seen.push(t);
        if (seen.length === stopAfter) {
          stop();
          setTimeout(() => resolve({ seen, completed }), 100);
        }
      },
      onComplete: () => {
        completed += 1;
        setTimeout(() => resolve({ seen, completed }), 50);
      },
    });
  });
}

describe('tween', () => {
  it('reports 0 in its first frame, 1 in its last, rising in between, and completes once', async () => {
    const { seen, completed } = await run(0.2);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(completed).toBe(1);
  });

  it('eases out: past halfway before half its time has gone', async () => {
    const { seen } = await run(0.3);
    expect(seen[Math.floor(seen.length / 2)]!).toBeGreaterThan(0.6);
  });

  it('stops where it is told to, and never completes', async () => {
    const { seen, completed } = await run(0.5, 2);
    expect(seen).toHaveLength(2);
    expect(completed).toBe(0);
  });
});
