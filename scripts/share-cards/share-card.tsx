import { drawKey } from '@/components/diagram/draw-key';
import { toReact } from '@/components/diagram/svg-tree';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { COLORS, DIAGRAM } from '@/lib/design/tokens';
import type { Lang } from '@/lib/i18n/lang';
import type { SceneFrame } from '@/lib/scene/types';
import { wrapCjkDisplay, wrapCjkLines } from '@/lib/share/wrap-cjk';
import { wrapLines } from '@/lib/share/wrap-text';
import { CARD_WORDS } from './card-words';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * Where the diagram goes: the phone drawing (its labels are large for its size), as tall as
 * the card allows, on the right. At the width a feed shows a card (about 500 px) its box
 * labels are still about 12 px.
 */
export const CARD_DIAGRAM = (() => {
  // Tall enough for the key's two lines under the platform and 12 px labels at 500 px.
  const height = 614;
  const width = (DIAGRAM.narrow.width / DIAGRAM.narrow.height) * height;
  return { x: CARD.width - width - 20, y: (CARD.height - height) / 2, width, height };
})();

/** The text column, left of the diagram. */
export const CARD_TEXT = { x: 64, width: CARD_DIAGRAM.x - 64 - 24 } as const;

/** The average advance of a Latin character, in em (Inter; Noto Sans SC's Latin is no wider). */
const latinEm = (bold: boolean) => (bold ? 0.55 : 0.5);

/** Characters a line holds at a font size, in Inter. */
const perLine = (fontSize: number, bold: boolean) => Math.floor(CARD_TEXT.width / (fontSize * latinEm(bold)));

/**
 * `text` in at most `maxLines` lines of the text column: English by words, Chinese by
 * characters (about 1 em each, punctuation kept with its character, Latin words whole); bold
 * Chinese is display text (kicker, headline), kept in words and balanced.
 */
function wrap(lang: Lang, text: string, fontSize: number, bold: boolean, maxLines: number): string[] {
  if (lang === 'en') return wrapLines(text, perLine(fontSize, bold), maxLines);
  return (bold ? wrapCjkDisplay : wrapCjkLines)(text, CARD_TEXT.width / fontSize, maxLines, latinEm(bold));
}

/** Lines of card text, one <text> each, `step` apart from the first baseline at `top`. */
function Lines({
  family,
  lines,
  top,
  step,
  size,
  weight,
  fill,
}: {
  family: string;
  lines: readonly string[];
  top: number;
  step: number;
  size: number;
  weight?: number;
  fill: string;
}) {
  return lines.map((line, i) => (
    <text
      key={i}
      x={CARD_TEXT.x}
      y={top + i * step}
      fontFamily={family}
      fontSize={size}
      fontWeight={weight}
      fill={fill}
    >
      {line}
    </text>
  ));
}

/**
 * A 1200×630 share card. The kicker says where the card is from (the chapter, by number and
 * title, as the page names it); the headline says why to read: for a step, its point; for a
 * chapter, its title, with its summary below. The diagram in that scene fills the right half.
 * Plain SVG, so it renders without a browser. A Chinese card (`lang` 'zh') sets its text in
 * Noto Sans SC, wrapped by character, with its furniture in Chinese.
 */
export function ShareCard({
  lang = 'en',
  chapter,
  headline,
  summary,
  scene,
}: {
  lang?: Lang;
  chapter: { order: number; count: number; title?: string };
  headline: string;
  summary?: string;
  scene: { title: string; description: string; narrow: SceneFrame };
}) {
  const words = CARD_WORDS[lang];
  const family = words.fontFamily;
  const kicker = wrap(lang, chapter.title ?? '', 24, true, 2);
  const headSize = summary ? 44 : 40;
  const summarySize = 24;
  const headLines = wrap(lang, headline, headSize, true, summary ? 4 : 6);
  const headTop = 130 + kicker.length * 32 + headSize;
  const summaryTop = headTop + (headLines.length - 1) * headSize * 1.2 + 56;
  const summaryLines = summary ? wrap(lang, summary, summarySize, false, 5) : [];
  const { narrow } = DIAGRAM;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={CARD.width} height={CARD.height} viewBox="0 0 1200 630">
      <rect width="1200" height="630" fill={COLORS.paper} />
      <rect x="0" y="0" width="12" height="630" fill={COLORS.accent} />
      <text
        x={CARD_TEXT.x}
        y="92"
        fontFamily={family}
        fontSize="24"
        fontWeight="700"
        fill={COLORS.accent}
        letterSpacing="1"
      >
        {words.chapterOf(chapter.order, chapter.count)}
      </text>
      <Lines family={family} lines={kicker} top={128} step={32} size={24} weight={600} fill={COLORS.inkSoft} />
      <Lines
        family={family}
        lines={headLines}
        top={headTop}
        step={headSize * 1.2}
        size={headSize}
        weight={700}
        fill={COLORS.ink}
      />
      <Lines
        family={family}
        lines={summaryLines}
        top={summaryTop}
        step={summarySize * 1.3}
        size={summarySize}
        fill={COLORS.inkSoft}
      />
      <text x={CARD_TEXT.x} y="590" fontFamily={family} fontSize="22" fontWeight="600" fill={COLORS.inkSoft}>
        {words.siteName}
      </text>
      {/* The phone drawing: drawn in the wide drawing's frame at 1:1 and clipped to its own size,
          with the key where the phone drawing puts it. */}
      <svg {...CARD_DIAGRAM} viewBox={`0 0 ${narrow.width} ${narrow.height}`}>
        <DiagramSvg
          frame={scene.narrow}
          title={scene.title}
          description={scene.description}
          idPrefix="card"
          placement={{ x: 0, y: 0, width: DIAGRAM.wide.width, height: DIAGRAM.wide.height }}
        />
        {toReact(drawKey(scene.narrow, 'narrow'))}
      </svg>
    </svg>
  );
}
