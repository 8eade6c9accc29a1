// The short Markdown report: a compact table per chapter (our page beside its floor), issue 14's
// targets with the worst figures, the programmatic scrolls, and the first-load chunks by size.
// Pure: takes the results object, returns a string.
import { kilobytes } from './stats.mjs';

const known = (value) => value !== null && value !== undefined;
const dash = (value) => (known(value) ? String(Math.round(value * 10) / 10) : '–');

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

function scores(lh) {
  if (!lh) return '–';
  const range = lh.performanceMin === lh.performanceMax ? '' : ` (${lh.performanceMin}–${lh.performanceMax})`;
  return `${dash(lh.performance)}${range} / ${dash(lh.accessibility)} / ${dash(lh.bestPractices)} / ${dash(lh.seo)}`;
}

const frames = (figures, withCount = true) =>
  figures ? [dash(figures.p95), dash(figures.max), ...(withCount ? [String(figures.overLong)] : [])].join(' / ') : '–';

/** Pooled wheel runs: the p95 of them all, with the runs' own p95s in brackets when they differ. */
function pooledFrames(figures) {
  if (!figures) return '–';
  const spread = figures.runs > 1 && figures.runP95Min !== figures.runP95Max;
  const p95 = spread
    ? `${dash(figures.p95)} (${dash(figures.runP95Min)}–${dash(figures.runP95Max)})`
    : dash(figures.p95);
  const over = known(figures.overTargetPct) ? `${dash(figures.overTargetPct)}%` : '–';
  return [p95, dash(figures.max), String(figures.overLong), over].join(' / ');
}

const CHAPTER_HEADER = [
  'Page',
  'JS KB',
  'LH perf median (min–max) / a11y / BP / SEO',
  'LCP ms',
  'TBT ms (LH)',
  'Start 4×: TBT / longest task ms',
  'Wheel 1×: p95 / max ms / over 50',
  'Wheel 4×: p95 (runs’ p95s) / max ms / over 50 / frames over 17 ms',
  'Morph 4×: p95 / max ms',
  'CLS',
];

function pageRow(name, jsKb, figures) {
  const lh = figures.lighthouse;
  return [
    name,
    jsKb.toFixed(1),
    scores(lh),
    dash(lh?.lcpMs),
    dash(lh?.tbtMs),
    figures.start ? `${dash(figures.start.blockingMs)} / ${dash(figures.start.longestTaskMs)}` : '–',
    frames(figures.wheel.normal),
    pooledFrames(figures.wheel.slow),
    frames(figures.morph, false),
    dash(lh?.cls),
  ];
}

function chapterLines(row) {
  const lines = [
    `### ${row.slug}`,
    '',
    ...table(CHAPTER_HEADER, [pageRow('ours', row.jsKb, row.ours), pageRow('floor', 0, row.floor)]),
  ];
  if (row.phoneWheelScrolls === false) {
    lines.push(
      '',
      'Wheel input did not scroll the phone context; its wheel figures are a 390 px wide desktop viewport’s.',
    );
  }
  const failed = row.ours.lighthouse?.failedAudits ?? [];
  if (failed.length) lines.push('', `Lighthouse audits that failed in some run: ${failed.join(', ')}.`);
  return lines;
}

function targetLines(targets) {
  const verdict = (within) => (within === null ? 'not measured' : within ? 'within' : '**over**');
  const rows = targets.map((t) => [
    t.name,
    known(t.worst) ? `${dash(t.worst)} (${t.worstChapter})` : '–',
    dash(t.floorWorst),
    verdict(t.within),
  ]);
  return table(['Target (issue 14)', 'Worst of our chapters', 'Floor’s worst', 'Verdict'], rows);
}

function programmaticLines(rows) {
  const cells = (figures) => [
    `${dash(figures.programmatic.normal?.p95)} / ${dash(figures.programmatic.slow?.p95)}`,
    dash(figures.programmatic.normal?.max),
    dash(figures.programmatic.cpuP95),
  ];
  return table(
    [
      'Programmatic scroll',
      'ours p95 ms 1× / 4×',
      'ours max ms 1×',
      'ours frame CPU p95 ms',
      'floor p95 ms 1× / 4×',
      'floor max ms 1×',
      'floor frame CPU p95 ms',
      'End scene right',
    ],
    rows.map((row) => [
      row.slug,
      ...cells(row.ours),
      ...cells(row.floor),
      `${row.ours.scenesRight}/${row.ours.scenesChecked}`,
    ]),
  );
}

function chunkLines({ slug, firstLoad, scriptsAfterLoad }) {
  const row = (file) => [file.url.split('/').pop(), kilobytes(file.gzipBytes).toFixed(1), file.hints.join(', ') || '–'];
  const lines = table([`First-load chunk (${slug})`, 'gzip KB', 'Holds (hints)'], firstLoad.js.map(row));
  if (scriptsAfterLoad.length) {
    const header = [
      'Fetched after load, not first-load (on-demand chunks, route prefetches)',
      'gzip KB',
      'Holds (hints)',
    ];
    lines.push('', ...table(header, scriptsAfterLoad.map(row)));
  }
  return lines;
}

function culpritLines(culprits) {
  if (culprits.length === 0) return [];
  const rows = culprits.map(({ what, ms, forcedLayoutMs, cpu }) => [what, String(ms), String(forcedLayoutMs), cpu]);
  return ['', ...table(['Long frames: script time by what ran', 'ms', 'of it forced layout', 'CPU'], rows)];
}

export function renderMarkdown(results) {
  const { meta, rows, targets, chapters, longFrameCulprits } = results;
  const runs = meta.options?.runs ?? 3;
  return [
    `## Benchmark, ${meta.date.slice(0, 10)}`,
    '',
    `Chromium ${meta.chromium}, Node ${meta.node}, Lighthouse ${meta.lighthouse ?? 'skipped (--quick)'}, ` +
      `${meta.cores} cores, load average ${meta.loadAverageBefore.join(' ')} at start. ` +
      'JS KB: gzip -9 of every first-load script, 1 KB = 1,024 bytes, counted as `npm run test:budgets` counts it. ' +
      `LH: Lighthouse mobile, median of ${runs} (performance min–max in brackets). ` +
      `Start 4×: cold loads on the phone viewport at 4× CPU, long tasks from navigation to 5 s after load: the sum of ` +
      `each task’s time over 50 ms and the longest task, median of ${runs}. ` +
      'Wheel: mouse-wheel input of 100 px every 60 ms to the bottom, frames timed by a rAF loop in the page, ' +
      'worst of phone 390×844 and desktop 1280×800 (frames over 50 ms summed); ' +
      `at 4×, ${runs} runs a viewport, p95 and the share of frames over 17 ms taken over their frames together, ` +
      'max over every run. ' +
      'Morph 4×: the diagram’s Next control pressed through every step, each morph waited out, worst of both viewports.',
    '',
    ...rows.flatMap((row) => [...chapterLines(row), '']),
    '### Targets (printed, not enforced)',
    '',
    ...targetLines(targets),
    '',
    '### Programmatic scrolls',
    '',
    'window.scrollTo from a rAF loop at a reader’s pace and a fling, worst of both viewports; frame CPU from a trace ' +
      '(what the page cost, not the machine’s other load). End scene: wheel and programmatic scrolls that ended on the ' +
      'last step’s scene.',
    '',
    ...programmaticLines(rows),
    '',
    ...chunkLines(chapters[0]),
    ...culpritLines(longFrameCulprits),
    '',
  ].join('\n');
}
