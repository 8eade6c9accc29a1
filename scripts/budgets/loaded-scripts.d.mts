export declare function loadedScripts(html: string): string[];
