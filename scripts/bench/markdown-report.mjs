// The short Markdown report: one row per chapter for our page, one for its floor, the budgets,
// and the first-load chunks by size. Pure: takes the results object, returns a string.
import { kilobytes } from './stats.mjs';

const dash = (value, suffix = '') => (value === null || value === undefined ? '–' : `${value}${suffix}`);
const times = (value) => (value === null || value === undefined ? '–' : `×${value.toFixed(2)}`);
const signed = (value) => (value === null || value === undefined ? '–' : `${value >= 0 ? '+' : ''}${value}`);

function scores(lighthouse) {
  if (!lighthouse) return '–';
  return [lighthouse.performance, lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo]
    .map((value) => dash(value))
    .join(' / ');
}

const table = (header, rows) => [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];

function pageCells(figures) {
  const lh = figures.lighthouse;
  return [
    scores(lh),
    dash(lh?.lcpMs),
    dash(lh?.tbtMs),
    dash(lh?.cls),
    `${dash(figures.normal.p95)} / ${dash(figures.slow.p95)}`,
    dash(figures.normal.max),
    `${dash(figures.normal.cpuP95)} / ${dash(figures.slow.cpuP95)}`,
    dash(figures.normal.cpuMax),
    figures.normal.cpuShare === null ? '–' : `${Math.round(figures.normal.cpuShare * 100)}%`,
    `${figures.normal.longTasks} / ${figures.slow.longTasks}`,
  ];
}

const PAGE_HEADER = [
  'LH perf / a11y / BP / SEO',
  'LCP ms',
  'TBT ms',
  'CLS',
  'Frame p95 ms 1× / 4×',
  'Max frame ms 1×',
  'Frame CPU p95 ms 1× / 4×',
  'Max frame CPU ms 1×',
  'Had a core 1×',
  'Long tasks 1× / 4×',
];

function chapterTable(rows) {
  const header = ['Chapter', 'JS KB', 'CSS KB', ...PAGE_HEADER, 'End scene', 'vs floor: LCP / TBT ms / frame p95 1×'];
  return table(
    header,
    rows.map((row) => [
      row.slug,
      row.jsKb.toFixed(1),
      row.cssKb.toFixed(1),
      ...pageCells(row.ours),
      `${row.ours.scenesRight}/${row.ours.scenesChecked}`,
      [
        times(row.versusFloor.lcpRatio),
        signed(row.versusFloor.tbtDifferenceMs),
        times(row.versusFloor.frameP95Ratio),
      ].join(' / '),
    ]),
  );
}

function floorTable(rows) {
  return table(
    ['Floor of', 'CSS KB', ...PAGE_HEADER],
    rows.map((row) => [row.slug, row.cssKb.toFixed(1), ...pageCells(row.floor)]),
  );
}

function budgetLines({ firstLoadJs, frames, frameCpu }) {
  const verdict = (within) => (within ? 'within budget' : '**over budget**');
  return [
    `- First-load JS ≤ ${firstLoadJs.budgetKb} KB gzip (issue 3; issue 6 tightens it to 160 KB): ` +
      `heaviest ${firstLoadJs.worstKb.toFixed(1)} KB (${firstLoadJs.worstChapter}), ` +
      `${firstLoadJs.chaptersOver} chapter(s) over: ${verdict(firstLoadJs.within)}.`,
    `- No frame over ${frames.budgetMs} ms at normal CPU: worst ${dash(frames.worstMs)} ms (${frames.worstRun}), ` +
      `${frames.framesOver} of ${frames.frames} frames over: ${verdict(frames.within)}.`,
    `- The same in main-thread CPU time per frame, which the machine's other load does not inflate: ` +
      `worst ${dash(frameCpu.worstMs)} ms (${frameCpu.worstRun}): ${verdict(frameCpu.within)}.`,
  ];
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
  const { meta, rows, budgets, chapters, longFrameCulprits } = results;
  return [
    `## Benchmark, ${meta.date.slice(0, 10)}`,
    '',
    `Chromium ${meta.chromium}, Node ${meta.node}, Lighthouse ${meta.lighthouse ?? 'skipped (--quick)'}, ` +
      `${meta.cores} cores, load average ${meta.loadAverageBefore.join(' ')} at start. ` +
      'KB = 1,024 bytes of `gzip -9` of the built file, as in `npm run test:budgets`. Frames: worst over desktop 1280×800 and phone 390×844, ' +
      'reader pace and fling, at 1× and 4× CPU; frame times by the wall clock (rAF), frame CPU = the main ' +
      'thread’s CPU time per frame (from a trace). Had a core: the share of its tasks’ time the main thread ' +
      'was running, not waiting for a core (100% on an idle machine). Long tasks: summed over the four runs. ' +
      'End scene: scrolls that ended on the last step’s scene.',
    '',
    ...chapterTable(rows),
    '',
    'The floor: the same chapter’s text as static HTML, same stylesheet, no script.',
    '',
    ...floorTable(rows),
    '',
    '### Budgets (printed, not enforced)',
    '',
    ...budgetLines(budgets),
    '',
    ...chunkLines(chapters[0]),
    ...culpritLines(longFrameCulprits),
    '',
  ].join('\n');
}
