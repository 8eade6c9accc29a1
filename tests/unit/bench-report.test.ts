import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../scripts/bench/options.mjs';
import { median } from '../../scripts/bench/stats.mjs';
import {
  checkTargets,
  framesSummary,
  lighthouseSummary,
  pooledFramesSummary,
  startSummary,
  summariseChapter,
  TARGETS,
} from '../../scripts/bench/summarise.mjs';
import { FIRST_LOAD_JS_BUDGET_KB } from '../../scripts/budgets/loaded-scripts.mjs';
import { renderMarkdown } from '../../scripts/bench/markdown-report.mjs';

const wheelRun = (viewport: string, cpuSlowdown: number, p95: number, max: number, overBudget: number) => ({
  viewport,
  cpuSlowdown,
  frames: 200,
  p95,
  max,
  overBudget,
  longFrames: [],
  sceneRight: null,
});

const lighthouseAudit = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 2100,
  tbtMs: 70,
  cls: 0,
};

/** One chapter's raw measurements, as bench.mjs collects them, cut down to what the summaries read. */
const benchChapter = {
  slug: 'the-second-curve',
  path: '/chapters/the-second-curve/',
  firstLoad: {
    jsGzipBytes: Math.round(138.7 * 1024),
    cssGzipBytes: 7.4 * 1024,
    js: [{ url: '/_next/static/chunks/react.js', gzipBytes: 71_578, hints: ['react-dom'] }],
  },
  scriptsAfterLoad: [],
  page: {
    lighthouse: [
      lighthouseAudit,
      { ...lighthouseAudit, performance: 97, tbtMs: 90 },
      { ...lighthouseAudit, performance: 99 },
    ],
    start: { loads: [{ blockingMs: 150, longestTaskMs: 200 }] },
    wheel: {
      phoneWheelScrolls: true,
      runs: [
        wheelRun('desktop', 1, 16.8, 33.4, 0),
        wheelRun('phone', 1, 16.7, 33.3, 0),
        wheelRun('desktop', 4, 33.3, 66.7, 1),
        wheelRun('phone', 4, 50, 83.3, 2),
      ],
    },
    morph: { runs: [wheelRun('phone', 4, 33.4, 66.7, 1)] },
    scroll: { runs: [] },
  },
  floor: {
    lighthouse: [{ ...lighthouseAudit, performance: 100, tbtMs: 0, lcpMs: 900 }],
    start: { loads: [{ blockingMs: 0, longestTaskMs: 0 }] },
    wheel: {
      phoneWheelScrolls: true,
      runs: [wheelRun('phone', 1, 16.7, 16.8, 0), wheelRun('phone', 4, 16.7, 33.3, 0)],
    },
    morph: null,
    scroll: { runs: [] },
  },
};

describe('the bench summaries', () => {
  it('take the median of the known values, averaging the middle two of an even count', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([undefined, null])).toBeNull();
  });

  it('report each Lighthouse figure as its own median, with the range of the performance score', () => {
    const audit = (performance: number, tbtMs: number, lcpMs: number) => ({
      performance,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs,
      tbtMs,
      cls: 0,
      failedAudits: performance < 98 ? ['seo: meta-description'] : [],
    });
    const summary = lighthouseSummary([audit(97, 120, 2100), audit(99, 30, 2400), audit(98, 60, 2000)]);
    expect(summary).toMatchObject({ performance: 98, performanceMin: 97, performanceMax: 99, tbtMs: 60, lcpMs: 2100 });
    expect(summary?.failedAudits).toEqual(['seo: meta-description']);
    expect(lighthouseSummary([])).toBeNull();
  });

  it('give the median blocking time and longest task over the cold starts', () => {
    const loads = [120, 80, 300].map((blockingMs, i) => ({ blockingMs, longestTaskMs: 100 + i }));
    expect(startSummary({ loads })).toEqual({ blockingMs: 120, longestTaskMs: 101, runs: 3 });
  });

  it('take the worst p95 and max of a set of frame runs and add up their long frames', () => {
    const runs = [
      { p95: 16.8, max: 50, overBudget: 0, frames: 200 },
      { p95: 33.3, max: 40, overBudget: 2, frames: 150 },
    ];
    expect(framesSummary(runs)).toEqual({ p95: 33.3, max: 50, overLong: 2, frames: 350 });
  });

  it('pool each viewport’s wheel runs for the p95 and the share over 17 ms, and report the worst viewport', () => {
    const timed = (viewport: string, short: number, long: number, shortMs = 16.7) => ({
      ...wheelRun(viewport, 4, long > 10 ? 33.3 : shortMs, long ? 33.4 : shortMs, 0),
      frames: short + long,
      frameTimes: [...Array(short).fill(shortMs), ...Array(long).fill(33.4)],
    });
    // Alone, the first desktop run's p95 is 33.3 ms (12 of its 200 frames are long); with the
    // second, 12 of 400 are: 3%, inside the 5% that p95 ≤ 17 ms allows.
    const runs = [timed('desktop', 188, 12), timed('desktop', 200, 0), timed('phone', 200, 0, 16.8)];
    expect(pooledFramesSummary(runs)).toEqual({
      p95: 16.8,
      max: 33.4,
      overLong: 0,
      frames: 600,
      overTargetPct: 3,
      runs: 3,
      runP95Min: 16.7,
      runP95Max: 33.3,
    });
    expect(pooledFramesSummary(runs.slice(0, 1))).toMatchObject({ p95: 33.4, overTargetPct: 6 });
  });

  it('count a wheel run recorded without its frame times by its own p95', () => {
    expect(pooledFramesSummary([wheelRun('phone', 4, 33.3, 50, 1)])).toMatchObject({ p95: 33.3, overTargetPct: null });
  });

  it('split wheel runs by CPU speed and leave the floor without morphs', () => {
    const row = summariseChapter(benchChapter);
    expect(row.ours.wheel.normal).toMatchObject({ p95: 16.8, max: 33.4, overLong: 0 });
    expect(row.ours.wheel.slow).toMatchObject({ p95: 50, max: 83.3, overLong: 3 });
    expect(row.ours.morph).toMatchObject({ p95: 33.4, max: 66.7 });
    expect(row.floor.morph).toBeNull();
    expect(row.jsKb).toBe(138.7);
  });
});

describe('the bench targets', () => {
  it('hold first-load JS to the budget that npm run test:budgets enforces', () => {
    expect(TARGETS.firstLoadJsKb).toBe(FIRST_LOAD_JS_BUDGET_KB);
  });

  it('name the worst chapter for each target and say whether it is within', () => {
    const targets = checkTargets([summariseChapter(benchChapter)]);
    const byName = (start: string) => targets.find((target) => target.name.startsWith(start))!;
    expect(byName('Wheel scroll at 4× CPU: p95')).toMatchObject({ worst: 50, within: false, floorWorst: 16.7 });
    expect(byName('Wheel scroll at 1×')).toMatchObject({ worst: 0, within: true });
    expect(byName('Lighthouse mobile performance')).toMatchObject({ worst: 98, within: false });
    expect(byName('First-load JS')).toMatchObject({ worst: 138.7, worstChapter: 'the-second-curve', within: true });
  });

  it('say a target was not measured when Lighthouse was skipped', () => {
    const quick = { ...benchChapter, page: { ...benchChapter.page, lighthouse: null } };
    const targets = checkTargets([summariseChapter(quick)]);
    expect(targets.find((target) => target.name.startsWith('SEO'))?.within).toBeNull();
  });
});

describe('the bench command line', () => {
  it('runs Lighthouse and cold starts three times unless told --runs', () => {
    expect(parseOptions([]).runs).toBe(3);
    expect(parseOptions(['--runs', '1', '--quick']).runs).toBe(1);
    expect(parseOptions(['--runs=5']).runs).toBe(5);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/whole number/);
  });
});

describe('the bench report', () => {
  const rows = [summariseChapter(benchChapter)];
  const markdown = renderMarkdown({
    meta: {
      date: '2026-11-30T08:00:00Z',
      chromium: '156',
      node: 'v20',
      lighthouse: '12.2.3',
      cores: 2,
      loadAverageBefore: [1, 1, 1],
      options: { runs: 3 },
    },
    rows,
    targets: checkTargets(rows),
    chapters: [benchChapter],
    longFrameCulprits: [],
  });

  it('prints a table per chapter with our page beside its floor', () => {
    expect(markdown).toContain('### the-second-curve');
    expect(markdown).toContain(
      '| ours | 138.7 | 98 (97–99) / 100 / 100 / 100 | 2100 | 70 | 150 / 200 | 16.8 / 33.4 / 0 | 50 (33.3–50) / 83.3 / 3 / – | 33.4 / 66.7 | 0 |',
    );
    expect(markdown).toContain(
      '| floor | 0.0 | 100 / 100 / 100 / 100 | 900 | 0 | 0 / 0 | 16.7 / 16.8 / 0 | 16.7 / 33.3 / 0 / – | – | 0 |',
    );
  });

  it('prints each target with the worst figure and whether it is within', () => {
    expect(markdown).toContain(
      '| Wheel scroll at 4× CPU: max frame ≤ 34 ms | 83.3 (the-second-curve) | 33.3 | **over** |',
    );
    expect(markdown).toContain('| First-load JS ≤ 150 KB gzip | 138.7 (the-second-curve) | 0 | within |');
  });
});
