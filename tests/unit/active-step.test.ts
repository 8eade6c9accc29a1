import { describe, expect, it } from 'vitest';
import { activationLine, activeStepIndex, scrollTargetFor } from '@/lib/scrolly/active-step';

describe('activeStepIndex(tops, line)', () => {
  it('is the last step whose top has crossed the line', () => {
    expect(activeStepIndex([-900, -200, 300, 1200], 400)).toBe(2);
  });

  it('is the first step before any step has reached the line', () => {
    expect(activeStepIndex([500, 1300], 400)).toBe(0);
  });

  it('after a jump far down the page, is the step at the line, not one the reader skipped', () => {
    expect(activeStepIndex([-3000, -2000, -1000, 200], 400)).toBe(3);
  });

  it('at the end of the page, lets a short last step that is in view win', () => {
    expect(activeStepIndex([-800, 100, 600], 400, true, 800)).toBe(2);
    expect(activeStepIndex([-800, 100, 600], 400, false, 800)).toBe(1);
  });
});

describe('activationLine(viewportHeight, stageBottom, narrow)', () => {
  it('is the middle of the viewport on a desktop', () => {
    expect(activationLine(800, 0, false)).toBe(400);
  });

  it('is a third of the way into the free space below the diagram on a phone', () => {
    expect(activationLine(844, 300, true)).toBeCloseTo(300 + 544 * 0.35);
  });
});

describe('scrollTargetFor(stepTop, scrollY, line, stageBottom, narrow)', () => {
  it('puts the step just above the line, so that it becomes active', () => {
    const line = activationLine(800, 0, false);
    const target = scrollTargetFor(1500, 1000, line, 0, false);
    const topAfter = 1500 + 1000 - target;
    expect(topAfter).toBeLessThanOrEqual(line);
    expect(activeStepIndex([topAfter - 900, topAfter, topAfter + 700], line)).toBe(1);
  });

  it('puts the step just below the sticky diagram on a phone', () => {
    expect(scrollTargetFor(900, 0, 500, 320, true)).toBe(900 - 332);
  });

  it('never scrolls above the top of the page', () => {
    expect(scrollTargetFor(10, 0, 400, 0, false)).toBe(0);
  });
});
