import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, isLang, LANG_TAGS, LANGS } from '@/lib/i18n/lang';

describe('languages', () => {
  it('are English, the default and the source, and Chinese', () => {
    expect(LANGS).toEqual(['en', 'zh']);
    expect(DEFAULT_LANG).toBe('en');
  });

  it('isLang() accepts a language’s code and nothing else', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('zh-Hans')).toBe(false);
    expect(isLang('')).toBe(false);
  });

  it('the Chinese edition is tagged as simplified Chinese', () => {
    expect(LANG_TAGS.zh).toBe('zh-Hans');
  });
});
