import { describe, expect, it } from 'vitest';
import { LABEL, labelSize, textEms } from '@/lib/scene/label';
import { labelFits } from '@/lib/scene/layout';
import { keyEntryWidth } from '@/lib/scene/legend';
import { breakPieces, wrapLabel } from '@/lib/scene/wrap-label';

const fs = LABEL.fontSize;

describe('label metrics', () => {
  it('textEms() counts a Latin character as 0.6 em, as labels always have been measured', () => {
    expect(textEms('Inventory')).toBe(9 * 0.6);
    expect(labelSize('Data\nsharing').w).toBe(7 * 0.6 * fs);
    expect(textEms('“too slow”')).toBe(10 * 0.6);
  });

  it('textEms() counts a CJK character or full-width punctuation mark as 1 em', () => {
    expect(textEms('淘宝')).toBe(2);
    expect(textEms('你的业务？')).toBe(5);
    expect(textEms('双11')).toBe(2 * 0.6 + 1);
    expect(textEms('BAT、TMD')).toBe(6 * 0.6 + 1);
  });

  it('labelSize() measures a Chinese label by its widest line', () => {
    expect(labelSize('统一技术架构')).toEqual({ w: 6 * fs, h: LABEL.lineHeight });
    expect(labelSize('犀牛\n智造', fs, 0.5)).toEqual({ w: fs, h: LABEL.lineHeight });
  });

  it('labelFits() holds Chinese labels to the same padding as English ones', () => {
    expect(labelFits('数据共享', { x: 0, y: 0, w: 4 * fs + 2 * LABEL.padX, h: 28 })).toBe(true);
    expect(labelFits('数据共享', { x: 0, y: 0, w: 4 * fs + 2 * LABEL.padX - 1, h: 28 })).toBe(false);
  });

  it('keyEntryWidth() measures a Chinese key entry at 1 em a character', () => {
    expect(keyEntryWidth('复用', 16)).toBe(22 + 6 + 32 + 14);
    expect(keyEntryWidth('Reused', 16)).toBe(22 + 6 + 6 * 0.6 * 16 + 14);
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
    expect(wrapLabel('BAT和TMD面临颠覆', 5 * fs, fs).split('\n')).toEqual(['BAT和TMD', '面临颠覆']);
  });

  it('breaks English at spaces, which vanish at the end of a line', () => {
    expect(wrapLabel('Unified technical architecture', 18 * 0.6 * fs, fs)).toBe('Unified technical\narchitecture');
  });
});
