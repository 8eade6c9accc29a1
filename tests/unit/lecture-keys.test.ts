import { describe, expect, it } from 'vitest';
import { lectureAction } from '@/lib/lecture/keys';

describe('lectureAction', () => {
  it('steps with the arrows and jumps with Home and End in both keymaps', () => {
    for (const keymap of ['embed', 'lecture'] as const) {
      expect(lectureAction({ key: 'ArrowRight' }, keymap)).toBe('next');
      expect(lectureAction({ key: 'ArrowLeft' }, keymap)).toBe('previous');
      expect(lectureAction({ key: 'Home' }, keymap)).toBe('first');
      expect(lectureAction({ key: 'End' }, keymap)).toBe('last');
    }
  });

  it('answers a presentation clicker, Space, F, T and P in lecture mode only', () => {
    expect(lectureAction({ key: 'PageDown' }, 'lecture')).toBe('next');
    expect(lectureAction({ key: 'PageUp' }, 'lecture')).toBe('previous');
    expect(lectureAction({ key: ' ' }, 'lecture')).toBe('next');
    expect(lectureAction({ key: 'f' }, 'lecture')).toBe('fullscreen');
    expect(lectureAction({ key: 'T' }, 'lecture')).toBe('text');
    expect(lectureAction({ key: 'p' }, 'lecture')).toBe('presenter');
    expect(lectureAction({ key: 'P' }, 'lecture')).toBe('presenter');
    for (const key of ['PageDown', 'PageUp', ' ', 'f', 't', 'p'])
      expect(lectureAction({ key }, 'embed'), key).toBeNull();
  });

  it('leaves keys typed into form fields alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(lectureAction({ key: 'ArrowRight', tagName }, 'lecture'), tagName).toBeNull();
    }
    expect(lectureAction({ key: 'f', tagName: 'DIV', isContentEditable: true }, 'lecture')).toBeNull();
    expect(lectureAction({ key: 'ArrowLeft', tagName: 'INPUT', inputType: 'radio' }, 'embed')).toBeNull();
  });

  it('still steps from a focused button, but lets Space click it', () => {
    expect(lectureAction({ key: 'ArrowRight', tagName: 'BUTTON' }, 'lecture')).toBe('next');
    expect(lectureAction({ key: ' ', tagName: 'BUTTON' }, 'lecture')).toBeNull();
    expect(lectureAction({ key: 'ArrowRight', tagName: 'INPUT', inputType: 'submit' }, 'embed')).toBe('next');
  });

  it('leaves shortcuts with a modifier to the browser', () => {
    expect(lectureAction({ key: 'ArrowLeft', altKey: true }, 'embed')).toBeNull();
    expect(lectureAction({ key: 'f', ctrlKey: true }, 'lecture')).toBeNull();
    expect(lectureAction({ key: 'End', metaKey: true }, 'lecture')).toBeNull();
  });
});
