export interface SizedFile {
  url: string;
  bytes: number;
  gzipBytes: number;
  hints: string[];
}
export declare function stylesheetsOf(html: string): string[];
export declare function sizeOfFile(outDir: string, url: string): SizedFile;
export declare function measureFirstLoad(
  outDir: string,
  htmlFile: string,
): { jsGzipBytes: number; cssGzipBytes: number; htmlGzipBytes: number; js: SizedFile[]; css: SizedFile[] };
