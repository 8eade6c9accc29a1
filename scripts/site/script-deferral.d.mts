export declare const AFTER_PAINT_TYPE: string;
export declare const COMPILE_HINT: string;
export declare const LOADER: string;
export declare function deferScripts(html: string): { html: string; chunks: string[] };
export declare function chunksOf(html: string): string[];
export declare function withCompileHint(source: string): string;
