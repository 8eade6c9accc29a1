import { keptResponses } from './grade';
import type { CheckQuestion, CheckResponse, CheckResponses } from './types';

/** Where a store keeps its responses between visits: the reader's browser, or nowhere. */
export interface CheckStorage {
  read(): unknown;
  write(responses: CheckResponses): void;
}

/**
 * One chapter's self-check answers on one page: what the reader has checked, question by
 * question. The self-check draws from it and the course package (SCORM) reports from it and
 * restores into it, so each reads one source of truth. No React, no DOM: storage is handed in.
 */
export interface CheckStore {
  readonly questions: readonly CheckQuestion[];
  /** The responses checked so far (a new object after every change, for React's snapshots). */
  responses(): CheckResponses;
  /** Records a checked response to a question (or clears it, with none). */
  answer(questionId: string, response: CheckResponse | null): void;
  /** Replaces every response with those stored elsewhere (an LMS's suspend data); bad ones dropped. */
  restore(stored: unknown): void;
  /** Calls `listener` after every change; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

export function createCheckStore(questions: readonly CheckQuestion[], storage?: CheckStorage): CheckStore {
  let current: CheckResponses = keptResponses(
    questions,
    safely(() => storage?.read()),
  );
  const listeners = new Set<() => void>();
  const changed = (next: CheckResponses) => {
    current = next;
    safely(() => storage?.write(current));
    listeners.forEach((listener) => listener());
  };
  return {
    questions,
    responses: () => current,
    answer(questionId, response) {
      if (!questions.some((q) => q.id === questionId)) return;
      const next: Record<string, CheckResponse> = { ...current };
      if (response) next[questionId] = [...response];
      else delete next[questionId];
      changed(keptResponses(questions, next));
    },
    restore: (stored) => changed(keptResponses(questions, stored)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Storage that refuses (a sandbox, a full quota, a private window) loses the answers, not the page. */
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** The key a chapter's answers are kept under in the reader's browser. */
export const checkStorageKey = (slug: string) => `thin-middle-check:${slug}`;
