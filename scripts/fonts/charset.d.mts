export declare const FONT_RANGES: ReadonlyArray<readonly [number, number]>;
export declare const LEFT_TO_SYSTEM: RegExp;
export declare function inFontRanges(char: string): boolean;
export declare function unicodesArgument(): string;
