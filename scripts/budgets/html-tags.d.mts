export declare function startTags(html: string): { name: string; attrs: Record<string, string> }[];
export declare function inlineScripts(html: string): string[];
