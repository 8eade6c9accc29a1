export declare const USAGE: string;
export declare function parseOptions(argv: string[]): {
  build: boolean;
  lighthouse: boolean;
  chapter: string | null;
  runs: number;
  help: boolean;
};
