import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '@/lib/scorm/suspend-data';

describe('suspend data', () => {
  it('keeps a step and the answers, and reads them back', () => {
    const text = encodeSuspendData('in-its-dna', { 'why-share': ['a2'], 'in-order': ['a3', 'a1', 'a2'] });
    expect(text).toBe('{"v":1,"s":"in-its-dna","a":{"why-share":["a2"],"in-order":["a3","a1","a2"]}}');
    expect(decodeSuspendData(text)).toEqual({
      step: 'in-its-dna',
      answers: { 'why-share': ['a2'], 'in-order': ['a3', 'a1', 'a2'] },
    });
  });

  it('reads nothing from another version, from text that is not JSON, or from answers of the wrong shape', () => {
    const none = { step: '', answers: {} };
    for (const text of ['', 'false', 'null', '[1]', '{"v":2,"s":"x","a":{}}', '{"s":"x"}', '{"v":1,'])
      expect(decodeSuspendData(text), text).toEqual(none);
    expect(decodeSuspendData('{"v":1,"s":7,"a":{"q":"a1","r":[1],"t":["a1"]}}')).toEqual({
      step: '',
      answers: { t: ['a1'] },
    });
  });

  it('stays under SCORM 1.2’s 4096 characters for the largest any chapter can write', () => {
    // Every question answered with every one of its answers (more than any response holds), on
    // the step with the longest id.
    const sizes = loadChapters().map((chapter) => {
      const step = chapter.steps.map((s) => s.id).reduce((a, b) => (b.length > a.length ? b : a));
      const answers = Object.fromEntries(chapter.check.map((q) => [q.id, q.answers.map((a) => a.id)]));
      const text = encodeSuspendData(step, answers);
      expect(decodeSuspendData(text).answers).toEqual(answers);
      return text.length;
    });
    expect(Math.max(...sizes)).toBeLessThan(SUSPEND_DATA_LIMIT / 8);
  });

  it('never writes more than the limit: the last questions’ answers are left out first', () => {
    const long = (n: number) => Array.from({ length: 300 }, (_, i) => `a${n}-${i}`);
    const text = encodeSuspendData('step', { q1: ['a1'], q2: long(2), q3: long(3) });
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(Object.keys(decodeSuspendData(text).answers)).toEqual(['q1', 'q2']);
    expect(encodeSuspendData('s'.repeat(5000), {})).toBe('');
  });
});
