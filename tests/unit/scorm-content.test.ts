import { describe, expect, it } from 'vitest';
import { findScormApi, type Scorm12Api } from '@/lib/scorm/api';
import { scormTimespan } from '@/lib/scorm/session';

/** A SCORM 1.2 API that records calls and keeps values, like an LMS's. */
function fakeApi(initial: Record<string, string> = {}, init = 'true') {
  const values = { ...initial };
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), init),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (key) => values[key] ?? '',
    LMSSetValue: (key, value) => (calls.push(`${key}=${value}`), (values[key] = value), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
  };
  return { api, calls, values };
}

/** A chain of frames: each window's parent is the next; the top's parent is itself. */
function frames(count: number, at: Record<number, unknown> = {}, opener?: Window): Window[] {
  const wins = Array.from({ length: count }, (_, i) => ({ API: at[i] }) as unknown as Window & { parent: Window });
  wins.forEach((win, i) => Object.assign(win, { parent: wins[i + 1] ?? win, opener: i === 0 ? opener : null }));
  return wins;
}

describe('findScormApi', () => {
  it('finds the API in the nearest frame above that has one', () => {
    const { api } = fakeApi();
    expect(findScormApi(frames(4, { 2: api })[0]!)).toBe(api);
  });

  it('looks in the opener’s frames when no frame above has one, and gives null when none does', () => {
    const { api } = fakeApi();
    expect(findScormApi(frames(2, {}, frames(2, { 1: api })[0])[0]!)).toBe(api);
    expect(findScormApi(frames(3)[0]!)).toBeNull();
  });

  it('passes over a frame of another origin, which throws on access', () => {
    const { api } = fakeApi();
    const [content, foreign] = frames(3, { 2: api });
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScormApi(content!)).toBe(api);
  });
});

describe('scormTimespan', () => {
  it('writes SCORM 1.2 CMITimespan, HHHH:MM:SS.SS', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(3_723_450)).toBe('0001:02:03.45');
  });
});
