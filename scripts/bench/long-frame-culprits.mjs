// Where the slow frames of our pages went, from the long-animation-frame entries that the
// in-page probe kept. Pure: takes the measured chapters, returns a short ranked list.

/**
 * Where the long animation frames of our pages (wheel, morph and programmatic scroll runs) spent
 * their script time, summed by what ran: the invoker and its chunk, named by the chunk's content
 * hints. A script with no source is the bench's own code in the page (the programmatic scroll's
 * scrollHeight read forces the page's pending layout).
 * Approximate: each run keeps its three longest frames, and each frame its three longest scripts.
 */
export function longFrameCulprits(chapters, limit = 8) {
  const files = chapters.flatMap((chapter) => [...chapter.firstLoad.js, ...chapter.scriptsAfterLoad]);
  const hintsOf = new Map(files.map((file) => [file.url.split('/').pop(), file.hints]));
  const nameOf = (file) => (hintsOf.get(file)?.length ? `${file} (${hintsOf.get(file).join(', ')})` : file);
  const totals = new Map();
  const runs = chapters.flatMap(({ page }) => [
    ...(page.wheel?.runs ?? []),
    ...(page.morph?.runs ?? []),
    ...(page.scroll?.runs ?? []),
  ]);
  for (const run of runs) {
    for (const script of run.longFrames.flatMap((frame) => frame.scripts)) {
      const file = script.source.split(' ')[0];
      const what = `${script.invoker} in ${file ? nameOf(file) : 'the bench probe'}`;
      const total = totals.get(what) ?? { what, ms: 0, forcedLayoutMs: 0, cpu: new Set() };
      total.ms += script.ms;
      total.forcedLayoutMs += script.forcedLayoutMs;
      total.cpu.add(`${run.cpuSlowdown}×`);
      totals.set(what, total);
    }
  }
  return [...totals.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit)
    .map((total) => ({ ...total, cpu: [...total.cpu].sort().join(' ') }));
}
