'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { LmsSession } from '@/lib/scorm/session';

/**
 * In the LMS package only (`npm run package:scorm`), reports the reader's progress through a
 * chapter to the LMS that launched it: SCORM 1.2, through the API the LMS puts in a parent
 * frame. The SCORM code loads only in that build and only once the page is ready; the public
 * site's embeds never load it. On opening, a stored `lesson_location` (a step id) moves the
 * lecture there (`onResume`), so a return picks up where the reader left off.
 */
export function useLmsReport(
  stepIds: readonly string[],
  index: number,
  ready: boolean,
  onResume: (index: number) => void,
) {
  const session = useRef<LmsSession | null>(null);
  const latest = useRef({ stepIds, index, onResume });
  useLayoutEffect(() => {
    latest.current = { stepIds, index, onResume };
  });

  useEffect(() => {
    // Written out, not imported, so that the bundler drops this whole branch from the site.
    if (process.env.SITE_PACKAGE !== 'scorm' || !ready) return;
    let ended = false;
    let open: LmsSession | null = null;
    const finish = () => open?.finish();
    void Promise.all([import('@/lib/scorm/api'), import('@/lib/scorm/session'), import('@/lib/scorm/mastery')]).then(
      ([api, lms, mastery]) => {
        const found = ended ? null : api.findScormApi(window);
        const masteryScore = mastery.builtMasteryScore(process.env.NEXT_PUBLIC_SCORM_MASTERY_SCORE);
        open = found && lms.openSession(found, { now: () => performance.now(), questions: [], masteryScore });
        if (!open) return;
        session.current = open;
        window.addEventListener('pagehide', finish);
        const { stepIds: ids, index: at, onResume: resume } = latest.current;
        const resumed = ids.indexOf(open.resume.step);
        if (resumed >= 0 && resumed !== at) resume(resumed);
        else open.report(ids[at]!, at === ids.length - 1);
      },
    );
    return () => {
      ended = true;
      window.removeEventListener('pagehide', finish);
      finish();
      session.current = null;
    };
  }, [ready]);

  useEffect(() => {
    session.current?.report(stepIds[index]!, index === stepIds.length - 1);
  }, [stepIds, index]);
}
