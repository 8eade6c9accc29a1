import path from 'node:path';
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { loadChapters } from '@/content';
import { rightResponse } from '@/lib/check/grade';
import type { CheckQuestion } from '@/lib/check/types';
import type { Scorm12Api } from '@/lib/scorm/api';
import { openSession } from '@/lib/scorm/session';

// The session against scorm-again's SCORM 1.2 run-time (the one the browser tests run), and
// against LMSs that misbehave, which scorm-again does not.

const [chapter] = loadChapters(path.join(import.meta.dirname, 'fixtures', 'check-good'));
const questions = chapter!.check;
const [one, many, order] = questions as [CheckQuestion, CheckQuestion, CheckQuestion];
const wrong = (q: CheckQuestion) => q.answers.filter((a) => !a.right).map((a) => a.id);
const allRight = { [one.id]: rightResponse(one), [many.id]: rightResponse(many), [order.id]: rightResponse(order) };
/** Two of three right: 67%. */
const twoRight = { ...allRight, [one.id]: wrong(one) };

/** scorm-again's run-time with an attempt the LMS stored (flattened cmi elements), recording every value set. */
function lms(stored: Record<string, string> = {}) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromFlattenedJSON(stored);
  const sets: [string, string][] = [];
  const calls: string[] = [];
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => sets.push([element, value]));
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) api.on(name, () => calls.push(name));
  const lastSet = (element: string) => sets.filter(([e]) => e === element).at(-1)?.[1];
  return { api, sets, calls, lastSet };
}

const options = (masteryScore = 75, now = () => 0) => ({ now, questions, masteryScore });

describe('openSession, for a chapter with a self-check', () => {
  it('reports the score and passed as soon as the last question has an answer, not before', () => {
    const { api, lastSet, calls } = lms();
    const session = openSession(api, options())!;
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    session.reportAnswers({ [one.id]: rightResponse(one), [many.id]: rightResponse(many) });
    expect(lastSet('cmi.core.score.raw')).toBeUndefined();
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    const commits = calls.filter((c) => c === 'LMSCommit').length;
    session.reportAnswers(allRight);
    expect([api.cmi.core.score.min, api.cmi.core.score.max, api.cmi.core.score.raw]).toEqual(['0', '100', '100']);
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(calls.filter((c) => c === 'LMSCommit').length).toBe(commits + 1);
  });

  it('reports failed under the mastery score, and reports again when the reader changes an answer', () => {
    const { api } = lms();
    const session = openSession(api, options(75))!;
    session.reportAnswers(twoRight);
    expect([api.cmi.core.score.raw, api.cmi.core.lesson_status]).toEqual(['67', 'failed']);
    session.reportAnswers(allRight);
    expect([api.cmi.core.score.raw, api.cmi.core.lesson_status]).toEqual(['100', 'passed']);
    session.reportAnswers(twoRight);
    expect([api.cmi.core.score.raw, api.cmi.core.lesson_status]).toEqual(['67', 'failed']);
  });

  it('passes against the LMS’s mastery score when it gives one, else the package’s', () => {
    const fromLms = lms({ 'cmi.student_data.mastery_score': '60' });
    openSession(fromLms.api, options(75))!.reportAnswers(twoRight);
    expect(fromLms.api.cmi.core.lesson_status).toBe('passed');
    const fromPackage = lms();
    openSession(fromPackage.api, options(60))!.reportAnswers(twoRight);
    expect(fromPackage.api.cmi.core.lesson_status).toBe('passed');
    const exact = lms({ 'cmi.student_data.mastery_score': '67' });
    openSession(exact.api, options())!.reportAnswers(twoRight);
    expect(exact.api.cmi.core.lesson_status).toBe('passed');
  });

  it('keeps the step and the answers in suspend data, and hands them back on the next visit', () => {
    const first = lms();
    const session = openSession(first.api, options())!;
    expect(session.resume).toEqual({ step: '', answers: {} });
    session.report('shared', false);
    session.reportAnswers({ [many.id]: rightResponse(many) });
    session.finish();
    expect(first.lastSet('cmi.core.exit')).toBe('suspend');
    const data = first.api.cmi.suspend_data;
    expect(JSON.parse(data)).toEqual({ v: 1, s: 'shared', a: { [many.id]: rightResponse(many) } });

    const again = lms({
      'cmi.core.lesson_location': first.api.cmi.core.lesson_location,
      'cmi.core.lesson_status': first.api.cmi.core.lesson_status,
      'cmi.suspend_data': data,
    });
    expect(openSession(again.api, options())!.resume).toEqual({
      step: 'shared',
      answers: { [many.id]: rightResponse(many) },
    });
  });

  it('opening again never undoes a result; a failed attempt is suspended, a passed one is not', () => {
    for (const [status, exit] of [
      ['passed', ''],
      ['failed', 'suspend'],
      ['completed', ''],
    ]) {
      const { api, lastSet } = lms({ 'cmi.core.lesson_status': status! });
      openSession(api, options())!.finish();
      expect(lastSet('cmi.core.lesson_status'), status).toBeUndefined();
      expect(lastSet('cmi.core.exit'), status).toBe(exit);
    }
  });

  it('does not complete at the last step: the self-check decides', () => {
    const { api } = lms();
    openSession(api, options())!.report('shared', true);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });
});

describe('openSession, for a chapter without a self-check', () => {
  it('marks a new attempt incomplete, reports steps, completes on the last and suspends until then', () => {
    const { api, lastSet, calls } = lms({ 'cmi.core.lesson_status': 'not attempted' });
    let now = 0;
    const session = openSession(api, { now: () => now, questions: [], masteryScore: 75 })!;
    expect(calls).toEqual(['LMSInitialize', 'LMSCommit']);
    expect(lastSet('cmi.core.lesson_status')).toBe('incomplete');
    session.report('two', false);
    expect(api.cmi.core.lesson_location).toBe('two');
    expect(JSON.parse(api.cmi.suspend_data)).toEqual({ v: 1, s: 'two', a: {} });
    now = 61_500;
    session.finish();
    expect(lastSet('cmi.core.exit')).toBe('suspend');
    expect(lastSet('cmi.core.session_time')).toBe('0000:01:01.50');
    expect(calls.at(-1)).toBe('LMSFinish');
    session.report('three', true);
    expect(api.cmi.core.lesson_location).toBe('two');
  });

  it('completes at the last step, never undoes it, and resumes from lesson_location alone', () => {
    const first = lms();
    openSession(first.api, { now: () => 0, questions: [], masteryScore: 75 })!.report('three', true);
    expect(first.api.cmi.core.lesson_status).toBe('completed');
    const { api, lastSet } = lms({ 'cmi.core.lesson_status': 'completed', 'cmi.core.lesson_location': 'three' });
    const session = openSession(api, { now: () => 0, questions: [], masteryScore: 75 })!;
    expect(session.resume.step).toBe('three');
    session.report('one', false);
    session.finish();
    expect(api.cmi.core.lesson_status).toBe('completed');
    expect(lastSet('cmi.core.exit')).toBe('');
  });
});

/** An LMS whose every call after LMSInitialize answers `answer` (or throws it, if it is an Error). */
function faulty(answer: string | Error | undefined, init: string | Error = 'true'): Scorm12Api & { calls: number } {
  const reply = (value: string | Error | undefined) => () => {
    fake.calls += 1;
    if (value instanceof Error) throw value;
    return value as string;
  };
  const fake = {
    calls: 0,
    LMSInitialize: reply(init),
    LMSFinish: reply(answer),
    LMSGetValue: reply(answer),
    LMSSetValue: reply(answer),
    LMSCommit: reply(answer),
  };
  return fake;
}

describe('openSession, with an LMS that misbehaves', () => {
  it('keeps going, silently, when every call returns "false", throws or returns nothing', () => {
    for (const answer of ['false', new Error('LMS gone'), undefined]) {
      const api = faulty(answer);
      const session = openSession(api, options())!;
      expect(session.resume.answers).toEqual({});
      expect(() => {
        session.report('shared', false);
        session.reportAnswers(allRight);
        session.reportAnswers(twoRight);
        session.finish();
      }).not.toThrow();
      expect(api.calls).toBeGreaterThan(10);
    }
  });

  it('reads a stored value it cannot use as nothing: a bad mastery score is the package’s, bad suspend data none', () => {
    const { api } = lms({ 'cmi.suspend_data': 'not json', 'cmi.core.lesson_location': 'layers' });
    const bad: Scorm12Api = {
      LMSInitialize: () => api.LMSInitialize(''),
      LMSFinish: () => api.LMSFinish(''),
      LMSGetValue: (element) => (element === 'cmi.student_data.mastery_score' ? 'lots' : api.LMSGetValue(element)),
      LMSSetValue: (element, value) => api.LMSSetValue(element, value),
      LMSCommit: () => api.LMSCommit(''),
    };
    const session = openSession(bad, options(60))!;
    expect(session.resume).toEqual({ step: 'layers', answers: {} });
    session.reportAnswers(twoRight);
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it('gives up when the LMS refuses to start or throws', () => {
    expect(openSession(faulty('true', 'false'), options())).toBeNull();
    expect(openSession(faulty('true', new Error('no')), options())).toBeNull();
  });
});
