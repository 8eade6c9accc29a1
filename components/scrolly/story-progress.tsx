/** Where a chapter sits in the whole story: its place, the number of chapters, and both in words. */
export interface StoryPlace {
  /** The chapter's 1-based place. */
  chapter: number;
  chapters: number;
  /** "Chapter 3 of 7", in the page's language. */
  label: string;
}

/**
 * The reader's place in the whole story, quietly, beside the step counter: a bar of one segment
 * per chapter (those read filled, this one filled as far as its steps go, those ahead pale) and
 * its words, which are what a screen reader hears after the scene's title (`before` separates
 * them). The bar is a picture of the words, so it is hidden from assistive technology; where the
 * kicker is narrow it gives way, and the words stay.
 */
export function StoryProgress({
  place,
  step,
  steps,
  before,
}: {
  place: StoryPlace;
  /** The 0-based step in view, and how many steps the chapter has. */
  step: number;
  steps: number;
  before: string;
}) {
  const done = (step + 1) / steps;
  return (
    <span className="story-progress" data-story-chapter={place.chapter}>
      <span className="visually-hidden">{before}</span>
      <span className="story-bar" aria-hidden="true">
        {Array.from({ length: place.chapters }, (_, i) => {
          const state = i + 1 < place.chapter ? 'read' : i + 1 === place.chapter ? 'here' : 'ahead';
          return (
            <span key={i} className="story-segment" data-state={state}>
              {state === 'here' && <span className="story-fill" style={{ width: `${Math.round(done * 100)}%` }} />}
            </span>
          );
        })}
      </span>
      <span className="story-label">{place.label}</span>
    </span>
  );
}
