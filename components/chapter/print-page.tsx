import { drawFrame } from '@/components/diagram/draw-frame';
import { smallestText } from '@/components/diagram/smallest-text';
import { getSceneIn } from '@/content/scenes/in-lang';
import type { Chapter } from '@/lib/content/types';
import type { Lang } from '@/lib/i18n/lang';
import { messages } from '@/lib/i18n/messages';
import { cssString, printFigureWidth } from '@/lib/print/figure-width';
import { VIEWBOX } from '@/lib/scene/types';
import { absoluteUrl, chapterPath } from '@/lib/site';

/**
 * A printed chapter's page furniture, as a style for print only: a running header with the
 * chapter and its address, page numbers below, and the width each step's figure needs for its
 * smallest word to print at 8 pt or more (a figure drawn smaller beside another needs more). Chromium draws
 * @page margin boxes (since 131) but not `string-set`, so the words are written into the rule.
 * React puts the <style> in the head (its `href` and `precedence`), once per page.
 */
export function PrintPage({ chapter, lang }: { chapter: Chapter; lang: Lang }) {
  const t = messages(lang).chapter.print;
  const figures = chapter.steps.map((step) => {
    const width = printFigureWidth(smallestText(drawFrame(getSceneIn(step.scene, lang), 'wide')), VIEWBOX.width);
    return `  [id=${cssString(step.id)}] { --print-figure-width: ${width}pt; }\n`;
  });
  const css = `@media print {
${figures.join('')}  @page {
    @top-left { content: ${cssString(chapter.title)}; }
    @top-right { content: ${cssString(absoluteUrl(chapterPath(chapter.slug, lang)))}; }
    @bottom-right { content: ${cssString(t.pageBefore)} counter(page) ${cssString(t.pageOf)} counter(pages) ${cssString(t.pageAfter)}; }
  }
}`;
  return (
    <style href={`print-${lang}-${chapter.slug}`} precedence="print">
      {css}
    </style>
  );
}
