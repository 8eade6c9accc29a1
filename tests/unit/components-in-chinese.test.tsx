import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Takeaway } from '@/components/prose/blocks';
import { Step } from '@/components/prose/step';
import { SiteChrome } from '@/components/site/site-chrome';
import { StepControls } from '@/components/scrolly/step-controls';
import { clientMessages } from '@/lib/i18n/messages';

const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('a component given lang="zh"', () => {
  it('the site chrome speaks Chinese: skip link, navigation, theme control and footer', () => {
    const markup = renderToStaticMarkup(<SiteChrome lang="zh">正文</SiteChrome>);
    for (const words of ['跳到正文', '章节', '来源', '跟随系统', '浅色', '深色', '来源与致谢', '教师专页'])
      expect(text(markup)).toContain(words);
    expect(markup).toContain('aria-label="网站"');
    expect(text(markup)).not.toMatch(/Skip to content|Sources and credits/);
  });

  it('a step’s copy-link control is named in Chinese', () => {
    const markup = renderToStaticMarkup(
      <Step scene="hema-assembles" id="hema-assembles" chapter="combinatorial-innovation" lang="zh">
        <p>正文。</p>
      </Step>,
    );
    expect(markup).toContain('aria-label="复制这一步的链接"');
  });

  it('a block and a client component given the Chinese templates say their words in Chinese', () => {
    expect(text(renderToStaticMarkup(<Takeaway lang="zh">要点正文</Takeaway>))).toContain('要点');
    const controls = renderToStaticMarkup(
      <StepControls
        stepIds={['a', 'b', 'c']}
        index={1}
        title="标题"
        onMove={() => {}}
        t={clientMessages('zh').scrolly}
      />,
    );
    const heard = text(controls.replace(/<span aria-hidden="true">[^<]*<\/span>/g, ''));
    expect(heard).toContain('第 2 步，共 3 步：标题');
    expect(text(controls)).toContain('上一步');
  });

  it('without a language, the same components are in English', () => {
    expect(text(renderToStaticMarkup(<SiteChrome>x</SiteChrome>))).toContain('Skip to content');
  });
});
