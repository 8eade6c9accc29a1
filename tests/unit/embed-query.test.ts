import { describe, expect, it } from 'vitest';
import { defaultView, embedQuery, parseEmbedQuery, parseRange, parseStep } from '@/lib/embed/query';

const view = (search: string, count = 4) => parseEmbedQuery(search, count);

describe('parseEmbedQuery', () => {
  it('gives the stepper over every step, opened at the first, for an empty query', () => {
    expect(view('')).toEqual({ mode: 'stepper', first: 1, last: 4, start: 1, theme: 'system', check: false });
    expect(view('?')).toEqual(defaultView(4));
  });

  it('reads the mode, the range and the opening step', () => {
    expect(view('?mode=static&steps=2-3&step=3')).toEqual({
      mode: 'static',
      first: 2,
      last: 3,
      start: 3,
      theme: 'system',
      check: false,
    });
    expect(view('mode=scroll')).toMatchObject({ mode: 'scroll' });
  });

  it('includes the self-check for check=1 (or true, or yes), and not for anything else', () => {
    for (const on of ['1', 'true', 'YES']) expect(view(`?check=${on}`).check, on).toBe(true);
    for (const off of ['', '0', 'no', '2', '<b>']) expect(view(`?check=${off}`).check, off).toBe(false);
    expect(view('').check).toBe(false);
  });

  it('reads a light or dark theme, in any case, and follows the host page for anything else', () => {
    expect(view('?theme=dark').theme).toBe('dark');
    expect(view('?theme=%20Light%20').theme).toBe('light');
    for (const theme of ['', 'sepia', 'system', '<b>', 'darkest'])
      expect(view(`?theme=${theme}`).theme, theme).toBe('system');
  });

  it('accepts a mode in any case and with spaces around it', () => {
    expect(view('?mode=%20Static%20').mode).toBe('static');
  });

  it('falls back to the stepper for an unknown or hostile mode', () => {
    expect(view('?mode=slides').mode).toBe('stepper');
    expect(view('?mode=<script>alert(1)</script>').mode).toBe('stepper');
    expect(view('?mode=').mode).toBe('stepper');
  });

  it('opens at the first step of the range for a step that is missing, malformed or outside it', () => {
    for (const step of ['-1', '0', '999', '2.5', '+2', '1e1', 'two', '', '99999999999999999999']) {
      expect(view(`?step=${encodeURIComponent(step)}`).start, step).toBe(1);
    }
    expect(view('?steps=2-3&step=4').start).toBe(2);
  });

  it('reads a repeated parameter by its first value', () => {
    expect(view('?step=3&step=2').start).toBe(3);
  });

  it('never throws, whatever the query', () => {
    for (const search of ['%', '?%E0%A4%A', '?steps=%', '?&&&=', '?steps=--', '?step=\u0000']) {
      expect(() => view(search), search).not.toThrow();
    }
  });
});

describe('parseRange', () => {
  it('reads an inclusive 1-based range, one step, an open end or an open start', () => {
    expect(parseRange('2-5', 6)).toEqual({ first: 2, last: 5 });
    expect(parseRange('3', 6)).toEqual({ first: 3, last: 3 });
    expect(parseRange('2-', 6)).toEqual({ first: 2, last: 6 });
    expect(parseRange('-3', 6)).toEqual({ first: 1, last: 3 });
    expect(parseRange(' 2 – 4 ', 6)).toEqual({ first: 2, last: 4 });
  });

  it('turns a reversed range round and clamps it into the chapter', () => {
    expect(parseRange('9-2', 4)).toEqual({ first: 2, last: 4 });
    expect(parseRange('3-1', 4)).toEqual({ first: 1, last: 3 });
    expect(parseRange('0-2', 4)).toEqual({ first: 1, last: 2 });
    expect(parseRange('7-9', 4)).toEqual({ first: 4, last: 4 });
  });

  it('means the whole chapter for anything that is not a range', () => {
    for (const value of [null, '', 'all', '1-2-3', '2..4', '-', 'a-b', '1,3']) {
      expect(parseRange(value, 4), String(value)).toEqual({ first: 1, last: 4 });
    }
  });
});

describe('parseStep', () => {
  it('keeps a step inside the range and gives the fallback otherwise', () => {
    expect(parseStep('3', 1, 4)).toBe(3);
    expect(parseStep('5', 1, 4)).toBe(1);
    expect(parseStep('5', 1, 4, 4)).toBe(4);
  });
});

describe('embedQuery', () => {
  it('leaves out every default', () => {
    expect(embedQuery(defaultView(4), 4)).toBe('');
  });

  it('writes what differs, and reads back to the same view', () => {
    const chosen = { mode: 'scroll', first: 2, last: 3, start: 3, theme: 'dark', check: true } as const;
    const query = embedQuery(chosen, 4);
    expect(query).toBe('?mode=scroll&steps=2-3&step=3&theme=dark&check=1');
    expect(parseEmbedQuery(query, 4)).toEqual(chosen);
    // A static embed shows no self-check, so its code asks for none.
    expect(embedQuery({ ...chosen, mode: 'static' }, 4)).toBe('?mode=static&steps=2-3&step=3&theme=dark');
  });

  it('writes a range of one step as a single number', () => {
    expect(embedQuery({ mode: 'stepper', first: 2, last: 2, start: 2, theme: 'system', check: false }, 4)).toBe(
      '?steps=2',
    );
  });
});
