import { drawKey } from '@/components/diagram/draw-key';
import { toReact } from '@/components/diagram/svg-tree';
import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { COLORS, DIAGRAM } from '@/lib/design/tokens';
import type { SceneFrame } from '@/lib/scene/types';
import { SITE_NAME } from '@/lib/site';
import { wrapLines } from '@/lib/share/wrap-text';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * Where the diagram goes: the phone drawing (its labels are large for its size), as tall as
 * the card allows, on the right. At the width a feed shows a card (about 500 px) its box
 * labels are still about 12 px.
 */
export const CARD_DIAGRAM = (() => {
  const height = 592;
  const width = (DIAGRAM.narrow.width / DIAGRAM.narrow.height) * height;
  return { x: CARD.width - width - 20, y: (CARD.height - height) / 2, width, height };
})();

/** The text column, left of the diagram. */
const TEXT = { x: 64, width: CARD_DIAGRAM.x - 64 - 24 } as const;

/** Characters a line holds at a font size, in Inter (average advance about 0.5 em, bold 0.55). */
const perLine = (fontSize: number, bold: boolean) => Math.floor(TEXT.width / (fontSize * (bold ? 0.55 : 0.5)));

/** Lines of card text in Inter, one <text> each, `step` apart from the first baseline at `top`. */
function Lines({
  lines,
  top,
  step,
  size,
  weight,
  fill,
}: {
  lines: readonly string[];
  top: number;
  step: number;
  size: number;
  weight?: number;
  fill: string;
}) {
  return lines.map((line, i) => (
    <text key={i} x={TEXT.x} y={top + i * step} fontFamily="Inter" fontSize={size} fontWeight={weight} fill={fill}>
      {line}
    </text>
  ));
}

/**
 * A 1200×630 share card. The kicker says where the card is from (the chapter, by number and
 * title, as the page names it); the headline says why to read: for a step, its point; for a
 * chapter, its title, with its summary below. The diagram in that scene fills the right half.
 * Plain SVG, so it renders without a browser.
 */
export function ShareCard({
  chapter,
  headline,
  summary,
  scene,
}: {
  chapter: { order: number; count: number; title?: string };
  headline: string;
  summary?: string;
  scene: { title: string; description: string; narrow: SceneFrame };
}) {
  const kicker = wrapLines(chapter.title ?? '', perLine(24, true), 2);
  const headSize = summary ? 44 : 40;
  const summarySize = 24;
  const headLines = wrapLines(headline, perLine(headSize, true), summary ? 4 : 6);
  const headTop = 130 + kicker.length * 32 + headSize;
  const summaryTop = headTop + (headLines.length - 1) * headSize * 1.2 + 56;
  const summaryLines = summary ? wrapLines(summary, perLine(summarySize, false), 5) : [];
  const { narrow } = DIAGRAM;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={CARD.width} height={CARD.height} viewBox="0 0 1200 630">
      <rect width="1200" height="630" fill={COLORS.paper} />
      <rect x="0" y="0" width="12" height="630" fill={COLORS.accent} />
      <text x={TEXT.x} y="92" fontFamily="Inter" fontSize="24" fontWeight="700" fill={COLORS.accent} letterSpacing="1">
        {`CHAPTER ${chapter.order} OF ${chapter.count}`}
      </text>
      <Lines lines={kicker} top={128} step={32} size={24} weight={600} fill={COLORS.inkSoft} />
      <Lines lines={headLines} top={headTop} step={headSize * 1.2} size={headSize} weight={700} fill={COLORS.ink} />
      <Lines lines={summaryLines} top={summaryTop} step={summarySize * 1.3} size={summarySize} fill={COLORS.inkSoft} />
      <text x={TEXT.x} y="590" fontFamily="Inter" fontSize="22" fontWeight="600" fill={COLORS.inkSoft}>
        {SITE_NAME}
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
