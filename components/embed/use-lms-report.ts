'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CheckQuestion } from '@/lib/check/types';
import type { LmsSession } from '@/lib/scorm/session';

/**
 * In the LMS package only (`npm run package:scorm`), reports the reader's progress through a
 * chapter to the LMS that launched it: SCORM 1.2, through the API the LMS puts in a parent
 * frame (see lib/scorm/session.ts for what it reports). The SCORM code loads only in that build
 * and only once the page is ready; the public site's embeds never load it. On opening, what the
 * LMS kept of an earlier visit comes back: the step moves the lecture there (`onResume`), and
 * the answers go into the chapter's self-check store, which is then reported on every change.
 */
export function useLmsReport({
  slug,
  questions,
  stepIds,
  index,
  ready,
  onResume,
}: {
  slug: string;
  questions: readonly CheckQuestion[];
  stepIds: readonly string[];
  index: number;
  ready: boolean;
  onResume: (index: number) => void;
}) {
  const session = useRef<LmsSession | null>(null);
  const latest = useRef({ slug, questions, stepIds, index, onResume });
  useLayoutEffect(() => {
    latest.current = { slug, questions, stepIds, index, onResume };
  });

  useEffect(() => {
    // Written out, not imported, so that the bundler drops this whole branch from the site.
    if (process.env.SITE_PACKAGE !== 'scorm' || !ready) return;
    let ended = false;
    let open: LmsSession | null = null;
    let unsubscribe = () => {};
    const finish = () => open?.finish();
    void Promise.all([
      import('@/lib/scorm/api'),
      import('@/lib/scorm/session'),
      import('@/lib/scorm/mastery'),
      import('@/components/check/chapter-check-store'),
    ]).then(([api, lms, mastery, check]) => {
      const found = ended ? null : api.findScormApi(window);
      const { slug: chapter, questions: asked, stepIds: ids, index: at, onResume: resume } = latest.current;
      const masteryScore = mastery.builtMasteryScore(process.env.NEXT_PUBLIC_SCORM_MASTERY_SCORE);
      const opened = found && lms.openSession(found, { now: () => performance.now(), questions: asked, masteryScore });
      if (!opened) return;
      open = session.current = opened;
      window.addEventListener('pagehide', finish);
      // The LMS's answers, and any the reader checked before it answered (hers are newer).
      const store = check.chapterCheckStore(chapter, asked);
      const before = store.responses();
      store.restore({ ...opened.resume.answers, ...before });
      unsubscribe = store.subscribe(() => opened.reportAnswers(store.responses()));
      if (Object.keys(before).length > 0) opened.reportAnswers(store.responses());
      const resumed = ids.indexOf(opened.resume.step);
      if (resumed >= 0 && resumed !== at) resume(resumed);
      else opened.report(ids[at]!, at === ids.length - 1);
    });
    return () => {
      ended = true;
      unsubscribe();
      window.removeEventListener('pagehide', finish);
      finish();
      session.current = null;
    };
  }, [ready]);

  useEffect(() => {
    session.current?.report(stepIds[index]!, index === stepIds.length - 1);
  }, [stepIds, index]);
}
