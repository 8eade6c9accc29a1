import { describe, expect, it } from 'vitest';
import { deckAction } from '@/lib/embed/deck-keys';

describe('deckAction', () => {
  it('steps with the arrows and jumps with Home and End in both keymaps', () => {
    for (const keymap of ['embed', 'lecture'] as const) {
      expect(deckAction({ key: 'ArrowRight' }, keymap)).toBe('next');
      expect(deckAction({ key: 'ArrowLeft' }, keymap)).toBe('previous');
      expect(deckAction({ key: 'Home' }, keymap)).toBe('first');
      expect(deckAction({ key: 'End' }, keymap)).toBe('last');
    }
  });

  it('answers a presentation clicker, Space, F and T in lecture mode only', () => {
    expect(deckAction({ key: 'PageDown' }, 'lecture')).toBe('next');
    expect(deckAction({ key: 'PageUp' }, 'lecture')).toBe('previous');
    expect(deckAction({ key: ' ' }, 'lecture')).toBe('next');
    expect(deckAction({ key: 'f' }, 'lecture')).toBe('fullscreen');
    expect(deckAction({ key: 'T' }, 'lecture')).toBe('text');
    for (const key of ['PageDown', 'PageUp', ' ', 'f', 't']) expect(deckAction({ key }, 'embed'), key).toBeNull();
  });

  it('leaves keys typed into form fields alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(deckAction({ key: 'ArrowRight', tagName }, 'lecture'), tagName).toBeNull();
    }
    expect(deckAction({ key: 'f', tagName: 'DIV', isContentEditable: true }, 'lecture')).toBeNull();
    expect(deckAction({ key: 'ArrowLeft', tagName: 'INPUT', inputType: 'radio' }, 'embed')).toBeNull();
  });

  it('still steps from a focused button, but lets Space click it', () => {
    expect(deckAction({ key: 'ArrowRight', tagName: 'BUTTON' }, 'lecture')).toBe('next');
    expect(deckAction({ key: ' ', tagName: 'BUTTON' }, 'lecture')).toBeNull();
    expect(deckAction({ key: 'ArrowRight', tagName: 'INPUT', inputType: 'submit' }, 'embed')).toBe('next');
  });

  it('leaves shortcuts with a modifier to the browser', () => {
    expect(deckAction({ key: 'ArrowLeft', altKey: true }, 'embed')).toBeNull();
    expect(deckAction({ key: 'f', ctrlKey: true }, 'lecture')).toBeNull();
    expect(deckAction({ key: 'End', metaKey: true }, 'lecture')).toBeNull();
  });
});
