import { checkStorageKey, createCheckStore, type CheckStorage, type CheckStore } from '@/lib/check/store';
import type { CheckQuestion } from '@/lib/check/types';

/** The reader's browser: her answers stay there, and nowhere else. */
function browserStorage(key: string): CheckStorage {
  return {
    read: () => JSON.parse(localStorage.getItem(key) ?? 'null'),
    write: (responses) => localStorage.setItem(key, JSON.stringify(responses)),
  };
}

const stores = new Map<string, CheckStore>();

/**
 * The one store of a chapter's self-check answers on this page, shared by the self-check and
 * (in the course package) the code that reports to the LMS. On the public site the answers are
 * kept in the reader's browser; in the course package the LMS keeps them (cmi.suspend_data),
 * so a shared classroom computer does not hand one student's answers to the next.
 */
export function chapterCheckStore(slug: string, questions: readonly CheckQuestion[]): CheckStore {
  let store = stores.get(slug);
  if (!store) {
    const inPackage = process.env.SITE_PACKAGE === 'scorm';
    store = createCheckStore(questions, inPackage ? undefined : browserStorage(checkStorageKey(slug)));
    stores.set(slug, store);
  }
  return store;
}
