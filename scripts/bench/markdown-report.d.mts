export declare function renderMarkdown(results: object): string;
