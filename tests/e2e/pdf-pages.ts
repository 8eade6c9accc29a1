import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The page margins print.css gives a printed page, in mm: the header and the page number live in them. */
export const PAGE_MARGIN = { top: 16, bottom: 14 };

/** The printing area's width of a paper size in CSS px (96 per inch), with print.css's 12 mm sides. */
export const CONTENT_WIDTH = { A4: ((210 - 24) / 25.4) * 96, Letter: ((215.9 - 24) / 25.4) * 96 };

export interface PdfPage {
  /** The page's text, as Poppler's pdftotext reads it. */
  text: string;
  /** How far down the printing area (between the margins) the page's ink reaches: 0 empty, 1 full. */
  filled: number;
}

const DPI = 24;

/** How far down the area between the margins a greyscale page's darker pixels reach. */
function filledShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1', 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const px = (mm: number) => Math.round((mm / 25.4) * DPI);
  const top = px(PAGE_MARGIN.top);
  const bottom = height - px(PAGE_MARGIN.bottom);
  let last = top;
  for (let y = top; y < bottom; y += 1) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    if (row.some((value) => value < 200)) last = y;
  }
  return (last - top) / (bottom - top);
}

/** A PDF's pages: each one's text (pdftotext) and how much of it is used (pdftoppm at 24 dpi). */
export function readPdf(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-pdf-'));
  try {
    const file = path.join(dir, 'chapter.pdf');
    writeFileSync(file, pdf);
    const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', file, path.join(dir, 'page')]);
    const images = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort();
    return images.map((name, i) => ({ text: texts[i] ?? '', filled: filledShare(readFileSync(path.join(dir, name))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
