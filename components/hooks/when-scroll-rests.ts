/**
 * Resolves once `target` (the page, by default) has had no scroll event for `restMs`. For a burst
 * of work the reader does not need while they scroll: in the middle of a scroll it lands in the
 * frames that move the page and the diagram, and once the page is still it costs no frame the
 * reader can see.
 */
export function whenScrollRests(restMs: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, restMs);
    function onScroll() {
      clearTimeout(timer);
      timer = setTimeout(done, restMs);
    }
    function done() {
      target.removeEventListener('scroll', onScroll);
      resolve();
    }
    target.addEventListener('scroll', onScroll, { passive: true });
  });
}
