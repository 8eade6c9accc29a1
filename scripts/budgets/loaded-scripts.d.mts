export declare const KB: number;
export declare const FIRST_LOAD_JS_BUDGET_KB: number;
export declare function gzipSize(bytes: Uint8Array | string): number;
export declare function loadedScripts(html: string): string[];
