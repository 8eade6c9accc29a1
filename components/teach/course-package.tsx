/** What the instructors' page says of the course package: none when the build made none. */
export interface CoursePackageFacts {
  href: string;
  bytes: number;
  scormVersion: string;
  masteryScore: number;
  chapters: number;
}

const size = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The course package: the download, its size, its SCORM version, and what it reports. */
export function CoursePackage({ facts }: { facts: CoursePackageFacts | null }) {
  return (
    <section aria-labelledby="teach-package" className="teach-package">
      <h2 id="teach-package">The course package</h2>
      {facts ? (
        <>
          <p>
            <a className="teach-download" href={facts.href} download>
              Download the SCORM {facts.scormVersion} package
            </a>{' '}
            <span className="teach-size">(zip, {size(facts.bytes)})</span>
          </p>
          <ul>
            <li>
              One activity per chapter, {facts.chapters} in all, each a chapter a step at a time with its self-check.
            </li>
            <li>
              Each reports its self-check’s score (0 to 100) as soon as the last question is answered, and passed or
              failed against a mastery score of {facts.masteryScore}.
            </li>
            <li>A student who leaves and comes back resumes at the same step, answers included.</li>
            <li>Nothing is sent anywhere but to your course platform.</li>
          </ul>
        </>
      ) : (
        <p>This build has no course package: `npm run build` makes one.</p>
      )}
    </section>
  );
}
