// Turns one chapter's raw measurements into the figures of its rows (our page and its floor),
// and holds them against issue 14's targets. Pure: no browser, no files.
import { FIRST_LOAD_JS_BUDGET_KB } from '../budgets/loaded-scripts.mjs';
import { kilobytes, median, percentile, tenth, worst } from './stats.mjs';

/** Issue 14's targets, in the bench (printed, never enforced). */
export const TARGETS = {
  /** The same constant `npm run test:budgets` enforces. */
  firstLoadJsKb: FIRST_LOAD_JS_BUDGET_KB,
  wheelSlowP95Ms: 17,
  wheelSlowMaxMs: 34,
  /** No frame over this at 1× while wheel scrolling. */
  longFrameMs: 50,
  lighthousePerformance: 99,
  lighthouseTbtMs: 50,
  lighthouseOtherScores: 100,
  cls: 0,
};

const LIGHTHOUSE_FIGURES = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls'];

/**
 * The median of each Lighthouse figure over the audits (each figure on its own), the range of
 * the performance score, and every audit that failed in any of them; null when skipped.
 */
export function lighthouseSummary(audits) {
  if (!audits?.length) return null;
  const summary = Object.fromEntries(
    LIGHTHOUSE_FIGURES.map((name) => [name, median(audits.map((audit) => audit[name]))]),
  );
  const scores = audits.map((audit) => audit.performance).filter((score) => score !== null);
  return {
    ...summary,
    runs: audits.length,
    performanceMin: scores.length ? Math.min(...scores) : null,
    performanceMax: scores.length ? Math.max(...scores) : null,
    failedAudits: [...new Set(audits.flatMap((audit) => audit.failedAudits ?? []))],
  };
}

/** Medians over the cold loads of the TBT-like figure and the longest task at start. */
export function startSummary(start) {
  if (!start?.loads?.length) return null;
  return {
    blockingMs: median(start.loads.map((load) => load.blockingMs)),
    longestTaskMs: median(start.loads.map((load) => load.longestTaskMs)),
    runs: start.loads.length,
  };
}

/** Frame figures of runs, worst over them: p95, max, and frames over 50 ms summed. */
export function framesSummary(runs) {
  if (!runs?.length) return null;
  return {
    p95: worst(runs.map((run) => run.p95)),
    max: worst(runs.map((run) => run.max)),
    overLong: runs.reduce((sum, run) => sum + run.overBudget, 0),
    frames: runs.reduce((sum, run) => sum + run.frames, 0),
  };
}

/**
 * Wheel runs at one CPU speed, pooled by viewport: the p95 of all of a viewport's frames taken
 * together (several runs give one figure that moves less than any one run's), and the share of
 * them over the p95 target, worst of the viewports; the max over every run, the long frames
 * summed, and the range of the runs' own p95s. A run recorded without its frame times counts by
 * its own p95.
 */
export function pooledFramesSummary(runs) {
  if (!runs?.length) return null;
  const viewports = new Map();
  for (const run of runs) viewports.set(run.viewport, [...(viewports.get(run.viewport) ?? []), run]);
  const pooled = [...viewports.values()].map((group) => {
    if (group.some((run) => !run.frameTimes)) return { p95: worst(group.map((run) => run.p95)), overPct: null };
    const times = group.flatMap((run) => run.frameTimes);
    const over = times.filter((ms) => ms > TARGETS.wheelSlowP95Ms).length;
    return { p95: tenth(percentile(times, 95)), overPct: times.length ? tenth((100 * over) / times.length) : null };
  });
  const runP95s = runs.map((run) => run.p95).filter((p95) => p95 !== null && p95 !== undefined);
  return {
    ...framesSummary(runs),
    p95: worst(pooled.map((viewport) => viewport.p95)),
    overTargetPct: worst(pooled.map((viewport) => viewport.overPct)),
    runs: runs.length,
    runP95Min: runP95s.length ? Math.min(...runP95s) : null,
    runP95Max: worst(runP95s),
  };
}

const atRate = (runs, rate) => (runs ?? []).filter((run) => run.cpuSlowdown === rate);

function pageFigures(page) {
  const ended = [...(page.wheel?.runs ?? []), ...(page.scroll?.runs ?? [])].filter((run) => run.sceneRight !== null);
  return {
    lighthouse: lighthouseSummary(page.lighthouse),
    start: startSummary(page.start),
    wheel: {
      normal: pooledFramesSummary(atRate(page.wheel?.runs, 1)),
      slow: pooledFramesSummary(atRate(page.wheel?.runs, 4)),
    },
    morph: framesSummary(page.morph?.runs),
    programmatic: {
      normal: framesSummary(atRate(page.scroll?.runs, 1)),
      slow: framesSummary(atRate(page.scroll?.runs, 4)),
      cpuP95: worst((page.scroll?.runs ?? []).map((run) => run.mainThreadCpu?.frameCpuP95)),
    },
    scenesRight: ended.filter((run) => run.sceneRight).length,
    scenesChecked: ended.length,
  };
}

/** The rows of one chapter: our page and its floor (which loads no script). */
export function summariseChapter(chapter) {
  return {
    slug: chapter.slug,
    jsKb: kilobytes(chapter.firstLoad.jsGzipBytes),
    cssKb: kilobytes(chapter.firstLoad.cssGzipBytes),
    phoneWheelScrolls: chapter.page.wheel?.phoneWheelScrolls ?? null,
    ours: pageFigures(chapter.page),
    floor: pageFigures(chapter.floor),
  };
}

/**
 * One target held against the pages: `figure(row, side)` reads a figure, `worse(a, b)` says
 * whether a is worse than b, `ok(value)` whether it meets the target. The worst of our chapters
 * (and where) and the floors' worst; `within` null when the figure was not measured.
 */
function target(rows, name, figure, { lowerIsWorse = false, ok }) {
  const worstOf = (side) => {
    let found = null;
    for (const row of rows) {
      const value = figure(row, side);
      if (value === null || value === undefined) continue;
      if (found === null || (lowerIsWorse ? value < found.value : value > found.value))
        found = { value, slug: row.slug };
    }
    return found;
  };
  const ours = worstOf('ours');
  const measured = rows.map((row) => figure(row, 'ours')).filter((value) => value !== null && value !== undefined);
  return {
    name,
    worst: ours?.value ?? null,
    worstChapter: ours?.slug ?? null,
    floorWorst: worstOf('floor')?.value ?? null,
    within: measured.length === rows.length && rows.length > 0 ? measured.every(ok) : null,
  };
}

/** Each issue-14 target with the worst figure of our chapters, the floors' worst, and a verdict. */
export function checkTargets(rows) {
  const t = TARGETS;
  const lh = (name) => (row, side) => row[side].lighthouse?.[name];
  const higherIsBetter = (min) => ({ lowerIsWorse: true, ok: (value) => value >= min });
  const atMost = (max) => ({ ok: (value) => value <= max });
  return [
    target(
      rows,
      `Wheel scroll at 4× CPU: p95 frame ≤ ${t.wheelSlowP95Ms} ms (each viewport’s runs pooled)`,
      (row, side) => row[side].wheel.slow?.p95,
      atMost(t.wheelSlowP95Ms),
    ),
    target(
      rows,
      `Wheel scroll at 4× CPU: max frame ≤ ${t.wheelSlowMaxMs} ms`,
      (row, side) => row[side].wheel.slow?.max,
      atMost(t.wheelSlowMaxMs),
    ),
    target(
      rows,
      `Wheel scroll at 1×: no frame over ${t.longFrameMs} ms (frames over)`,
      (row, side) => row[side].wheel.normal?.overLong,
      atMost(0),
    ),
    target(
      rows,
      `Lighthouse mobile performance ≥ ${t.lighthousePerformance} (median)`,
      lh('performance'),
      higherIsBetter(t.lighthousePerformance),
    ),
    target(rows, `Lighthouse TBT ≤ ${t.lighthouseTbtMs} ms (median)`, lh('tbtMs'), atMost(t.lighthouseTbtMs)),
    target(
      rows,
      `Accessibility ${t.lighthouseOtherScores}`,
      lh('accessibility'),
      higherIsBetter(t.lighthouseOtherScores),
    ),
    target(
      rows,
      `Best practices ${t.lighthouseOtherScores}`,
      lh('bestPractices'),
      higherIsBetter(t.lighthouseOtherScores),
    ),
    target(rows, `SEO ${t.lighthouseOtherScores}`, lh('seo'), higherIsBetter(t.lighthouseOtherScores)),
    target(rows, `CLS ${t.cls} (median)`, lh('cls'), atMost(t.cls)),
    target(
      rows,
      `First-load JS ≤ ${t.firstLoadJsKb} KB gzip`,
      (row, side) => (side === 'ours' ? row.jsKb : 0),
      atMost(t.firstLoadJsKb),
    ),
  ];
}
