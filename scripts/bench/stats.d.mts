export declare function percentile(samples: number[], p: number): number | null;
export declare function median(values: (number | null | undefined)[]): number | null;
export declare function worst(values: (number | null | undefined)[]): number | null;
export declare function tenth(value: number | null): number | null;
export declare function summariseFrames(
  frameTimes: number[],
  budgetMs: number,
): { frames: number; p50: number | null; p95: number | null; max: number | null; overBudget: number };
export declare const KB: number;
export declare function kilobytes(bytes: number): number;
