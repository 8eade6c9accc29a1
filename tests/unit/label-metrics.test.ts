import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL, labelSize, textEms } from '@/lib/scene/label';
import { labelFits } from '@/lib/scene/layout';
import { keyEntryWidth } from '@/lib/scene/legend';
import { breakPieces, wrapLabel } from '@/lib/scene/wrap-label';
import { advancesInEm } from '@/scripts/fonts/ttf-advances';
import { LABEL_METRICS_FILE, labelMetricsSource } from '@/scripts/fonts/write-label-metrics';

const fs = LABEL.fontSize;

/** Inter's own advance for each character of `text` at `weight`, in em, read from the font file. */
function interEms(text: string, weight: '400Regular' | '500Medium' | '600SemiBold'): number {
  const file = new Uint8Array(
    readFileSync(path.join('node_modules/@expo-google-fonts/inter', weight, `Inter_${weight}.ttf`)),
  );
  return advancesInEm(
    file,
    [...text].map((char) => char.codePointAt(0)!),
  ).reduce((sum, em) => sum! + em!, 0)!;
}

describe('label metrics', () => {
  it('lib/scene/inter-advances.ts is what the font says (run scripts/fonts/write-label-metrics.ts)', async () => {
    expect(readFileSync(LABEL_METRICS_FILE, 'utf8')).toBe(await labelMetricsSource());
  });

  it('textEms() measures a Latin line by Inter’s advances at the weight it is drawn in', () => {
    expect(textEms('Inventory', 400)).toBeCloseTo(interEms('Inventory', '400Regular'), 9);
    expect(textEms('Inventory', 500)).toBeCloseTo(interEms('Inventory', '500Medium'), 9);
    expect(textEms('“too slow” → 2015', 600)).toBeCloseTo(interEms('“too slow” → 2015', '600SemiBold'), 9);
    // Narrow and wide letters are told apart, as the old 0.6 em a letter could not.
    expect(textEms('ill', 600)).toBeLessThan(textEms('WMm', 600) / 2);
  });

  it('a node label is measured at the wider of its two weights, character by character', () => {
    for (const label of ['Taobao', 'New manufacturing', 'Your idea?', 'Data sharing']) {
      expect(textEms(label)).toBeGreaterThanOrEqual(textEms(label, 500));
      expect(textEms(label)).toBeGreaterThanOrEqual(textEms(label, 600));
    }
    // A space is wider in the lighter weight; a letter in the heavier one.
    expect(textEms(' ')).toBe(textEms(' ', 500));
    expect(textEms('m')).toBe(textEms('m', 600));
  });

  it('textEms() counts a CJK character or full-width punctuation mark as 1 em', () => {
    expect(textEms('淘宝')).toBe(2);
    expect(textEms('你的业务？')).toBe(5);
    expect(textEms('双11')).toBe(textEms('11') + 1);
    expect(textEms('BAT、TMD')).toBe(textEms('BATTMD') + 1);
  });

  it('in a line with Chinese, quotes, dashes and the ellipsis are a full em (the CJK face draws them)', () => {
    expect(textEms('“拆中台”')).toBe(5);
    // In a Latin line they are Inter's, narrower than an em.
    expect(textEms('“too slow”')).toBe(textEms('“') + textEms('too slow') + textEms('”'));
    expect(textEms('“')).toBeLessThan(0.75);
  });

  it('a character Inter lacks is measured at 0.6 em', () => {
    expect(textEms('⌘')).toBe(0.6);
  });

  it('labelSize() measures a Chinese label by its widest line', () => {
    expect(labelSize('统一技术架构')).toEqual({ w: 6 * fs, h: LABEL.lineHeight });
    expect(labelSize('犀牛\n智造', fs, 0.5)).toEqual({ w: fs, h: LABEL.lineHeight });
  });

  it('labelFits() holds Chinese labels to the same padding as English ones', () => {
    expect(labelFits('数据共享', { x: 0, y: 0, w: 4 * fs + 2 * LABEL.padX, h: 28 })).toBe(true);
    expect(labelFits('数据共享', { x: 0, y: 0, w: 4 * fs + 2 * LABEL.padX - 1, h: 28 })).toBe(false);
  });

  it('keyEntryWidth() measures a key entry at the key’s weight, a Chinese one at 1 em a character', () => {
    expect(keyEntryWidth('复用', 16)).toBe(22 + 6 + 32 + 14);
    expect(keyEntryWidth('Reused', 16)).toBeCloseTo(22 + 6 + interEms('Reused', '400Regular') * 16 + 14, 9);
  });
});

describe('wrapLabel() breaks labels where a Chinese desk would', () => {
  it('breaks Chinese between any two characters, balancing the lines', () => {
    expect(wrapLabel('统一技术架构', 4 * fs, fs)).toBe('统一技\n术架构');
    expect(wrapLabel('云与数据中心', 5 * fs, fs)).toBe('云与数\n据中心');
  });

  it('puts the shorter line first when the lines cannot be even', () => {
    expect(wrapLabel('你的业务？', 4 * fs, fs)).toBe('你的\n业务？');
  });

  it('leaves a label that fits, or one with its own line breaks, as written', () => {
    expect(wrapLabel('淘宝', 5 * fs, fs)).toBe('淘宝');
    expect(wrapLabel('犀牛\n智造', 1 * fs, fs)).toBe('犀牛\n智造');
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapLabel('一二三四？', 4 * fs, fs)).toBe('一二\n三四？');
    expect(wrapLabel('一二，三四', 2 * fs, fs)).toBe('一\n二，\n三四');
    expect(breakPieces('前台。后台')).toEqual(['前', '台。', '后', '台']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(breakPieces('张勇（逍遥子）')).toEqual(['张', '勇', '（逍', '遥', '子）']);
    expect(breakPieces('外界称：“拆中台”')).toEqual(['外', '界', '称：', '“拆', '中', '台”']);
  });

  it('keeps Latin words and numbers whole inside Chinese', () => {
    expect(breakPieces('AI中台2015年')).toEqual(['AI', '中', '台', '2015', '年']);
    expect(wrapLabel('BAT和TMD面临颠覆', 5.5 * fs, fs).split('\n')).toEqual(['BAT和TMD', '面临颠覆']);
  });

  it('breaks English at spaces, which vanish at the end of a line', () => {
    expect(wrapLabel('Unified technical architecture', textEms('Unified technical') * fs, fs)).toBe(
      'Unified technical\narchitecture',
    );
  });
});
