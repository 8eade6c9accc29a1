export declare const TARGETS: {
  firstLoadJsKb: number;
  wheelSlowP95Ms: number;
  wheelSlowMaxMs: number;
  longFrameMs: number;
  lighthousePerformance: number;
  lighthouseTbtMs: number;
  lighthouseOtherScores: number;
  cls: number;
};

export interface LighthouseSummary {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  runs: number;
  performanceMin: number | null;
  performanceMax: number | null;
  failedAudits: string[];
}

export interface FramesSummary {
  p95: number | null;
  max: number | null;
  overLong: number;
  frames: number;
}

/** Wheel runs pooled by viewport (see pooledFramesSummary). */
export interface PooledFramesSummary extends FramesSummary {
  overTargetPct: number | null;
  runs: number;
  runP95Min: number | null;
  runP95Max: number | null;
}

export interface Target {
  name: string;
  worst: number | null;
  worstChapter: string | null;
  floorWorst: number | null;
  within: boolean | null;
}

/** A chapter's row: see summariseChapter in summarise.mjs for its whole shape. */
export interface ChapterRow {
  slug: string;
  jsKb: number;
  cssKb: number;
  phoneWheelScrolls: boolean | null;
  ours: PageFigures;
  floor: PageFigures;
}

export interface PageFigures {
  lighthouse: LighthouseSummary | null;
  start: { blockingMs: number | null; longestTaskMs: number | null; runs: number } | null;
  wheel: { normal: PooledFramesSummary | null; slow: PooledFramesSummary | null };
  morph: FramesSummary | null;
  programmatic: { normal: FramesSummary | null; slow: FramesSummary | null; cpuP95: number | null };
  scenesRight: number;
  scenesChecked: number;
}

export declare function lighthouseSummary(audits: object[] | null | undefined): LighthouseSummary | null;
export declare function startSummary(start: object | null | undefined): PageFigures['start'];
export declare function framesSummary(runs: object[] | null | undefined): FramesSummary | null;
export declare function pooledFramesSummary(runs: object[] | null | undefined): PooledFramesSummary | null;
export declare function summariseChapter(chapter: object): ChapterRow;
export declare function checkTargets(rows: ChapterRow[]): Target[];
