import { DiagramSvg } from '@/components/diagram/diagram-svg';
import { PAGE } from '@/lib/scene/palette';
import type { SceneFrame } from '@/lib/scene/types';
import { SITE_NAME } from '@/lib/site';
import { wrapLines } from '@/lib/share/wrap-text';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * A 1200×630 share card: the chapter's title and kicker on the left, the diagram in the
 * chapter's or step's scene on the right. Plain SVG, so it renders without a browser.
 */
export function ShareCard({
  kicker,
  title,
  caption,
  frame,
}: {
  kicker: string;
  title: string;
  caption: string;
  frame: SceneFrame;
}) {
  const titleLines = wrapLines(title, 20, 3);
  const captionLines = wrapLines(caption, 36, 5);
  const captionTop = 170 + titleLines.length * 58 + 28;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={CARD.width} height={CARD.height} viewBox="0 0 1200 630">
      <rect width="1200" height="630" fill={PAGE} />
      <rect x="0" y="0" width="12" height="630" fill="#1d4f91" />
      <text x="64" y="92" fontFamily="Inter" fontSize="24" fontWeight="600" fill="#1d4f91" letterSpacing="1">
        {kicker.toUpperCase()}
      </text>
      {titleLines.map((line, i) => (
        <text key={i} x="64" y={170 + i * 58} fontFamily="Inter" fontSize="48" fontWeight="700" fill="#1f2328">
          {line}
        </text>
      ))}
      {captionLines.map((line, i) => (
        <text key={i} x="64" y={captionTop + i * 32} fontFamily="Inter" fontSize="23" fill="#4a5058">
          {line}
        </text>
      ))}
      <text x="64" y="578" fontFamily="Inter" fontSize="22" fontWeight="600" fill="#4a5058">
        {SITE_NAME}
      </text>
      <DiagramSvg
        frame={frame}
        title={title}
        description={caption}
        idPrefix="card"
        placement={{ x: 560, y: 95, width: 600, height: 440 }}
      />
    </svg>
  );
}
