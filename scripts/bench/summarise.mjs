// Turns one chapter's raw measurements into the figures of its table row, and checks the
// budgets of issue 3. Pure: no browser, no files.
import { kilobytes, percentile, ratio } from './stats.mjs';

export const BUDGETS = {
  /** Issue 3's ceiling; issue 6 tightens it to 160 KB in `npm test`. */
  firstLoadJsKb: 175,
  /** No frame over 50 ms while scrolling at normal CPU speed. */
  frameMs: 50,
};

const worst = (values) => {
  const known = values.filter((value) => value !== null && value !== undefined);
  return known.length ? Math.max(...known) : null;
};

const median = (values) =>
  percentile(
    values.filter((value) => value !== null && value !== undefined),
    50,
  );

/**
 * The frame and long-task figures of one page at one CPU speed, worst over viewports and paces:
 * frame times as the page saw them (wall clock), the main thread's CPU time per frame (what the
 * page itself cost), and the share of time the main thread had a core (how busy the machine was).
 */
function scrollFigures(runs, cpuSlowdown) {
  const picked = runs.filter((run) => run.cpuSlowdown === cpuSlowdown);
  const cpu = picked.map((run) => run.mainThreadCpu ?? {});
  return {
    p50: worst(picked.map((run) => run.p50)),
    p95: worst(picked.map((run) => run.p95)),
    max: worst(picked.map((run) => run.max)),
    cpuP95: worst(cpu.map((figures) => figures.frameCpuP95)),
    cpuMax: worst(cpu.map((figures) => figures.frameCpuMax)),
    cpuShare: median(cpu.map((figures) => figures.cpuShare)),
    framesOverBudget: picked.reduce((sum, run) => sum + run.overBudget, 0),
    longTasks: picked.reduce((sum, run) => sum + run.longTasks, 0),
    longTaskMs: picked.reduce((sum, run) => sum + run.longTaskMs, 0),
  };
}

function pageFigures(page) {
  const scenes = page.scroll.runs.filter((run) => run.sceneRight !== null);
  return {
    lighthouse: page.lighthouse,
    normal: scrollFigures(page.scroll.runs, 1),
    slow: scrollFigures(page.scroll.runs, 4),
    scenesRight: scenes.filter((run) => run.sceneRight).length,
    scenesChecked: scenes.length,
  };
}

/** The row of one chapter: our page, its floor, and how far apart they are. */
export function summariseChapter(chapter) {
  const ours = pageFigures(chapter.page);
  const floor = pageFigures(chapter.floor);
  const tbt = (figures) => figures.lighthouse?.tbtMs ?? null;
  return {
    slug: chapter.slug,
    jsKb: kilobytes(chapter.firstLoad.jsGzipBytes),
    cssKb: kilobytes(chapter.firstLoad.cssGzipBytes),
    ours,
    floor,
    versusFloor: {
      lcpRatio: ratio(ours.lighthouse?.lcpMs, floor.lighthouse?.lcpMs),
      tbtDifferenceMs: tbt(ours) === null || tbt(floor) === null ? null : tbt(ours) - tbt(floor),
      frameP95Ratio: ratio(ours.normal.p95, floor.normal.p95),
      frameP95SlowRatio: ratio(ours.slow.p95, floor.slow.p95),
      frameCpuP95Ratio: ratio(ours.normal.cpuP95, floor.normal.cpuP95),
    },
  };
}

/** Each budget with the worst figure measured against it; `within` is false when it is broken. */
export function checkBudgets(rows, chapters) {
  const heaviest = rows.reduce((a, b) => (b.jsKb > a.jsKb ? b : a));
  const frameRuns = chapters.flatMap((chapter) =>
    chapter.page.scroll.runs.filter((run) => run.cpuSlowdown === 1).map((run) => ({ ...run, slug: chapter.slug })),
  );
  const slowest = frameRuns.reduce((a, b) => (b.max > a.max ? b : a));
  const cpuOf = (run) => run.mainThreadCpu?.frameCpuMax ?? 0;
  const busiest = frameRuns.reduce((a, b) => (cpuOf(b) > cpuOf(a) ? b : a));
  return {
    firstLoadJs: {
      budgetKb: BUDGETS.firstLoadJsKb,
      worstKb: heaviest.jsKb,
      worstChapter: heaviest.slug,
      chaptersOver: rows.filter((row) => row.jsKb > BUDGETS.firstLoadJsKb).length,
      within: rows.every((row) => row.jsKb <= BUDGETS.firstLoadJsKb),
    },
    frames: {
      budgetMs: BUDGETS.frameMs,
      worstMs: slowest.max,
      worstRun: `${slowest.slug}, ${slowest.viewport}, ${slowest.pace}`,
      framesOver: frameRuns.reduce((sum, run) => sum + run.overBudget, 0),
      frames: frameRuns.reduce((sum, run) => sum + run.frames, 0),
      within: frameRuns.every((run) => run.overBudget === 0),
    },
    // The same budget in main-thread CPU time: what the page would cost on an idle machine.
    frameCpu: {
      budgetMs: BUDGETS.frameMs,
      worstMs: busiest.mainThreadCpu?.frameCpuMax ?? null,
      worstRun: `${busiest.slug}, ${busiest.viewport}, ${busiest.pace}`,
      within: frameRuns.every((run) => cpuOf(run) <= BUDGETS.frameMs),
    },
  };
}
