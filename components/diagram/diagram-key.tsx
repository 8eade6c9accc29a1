import { NOTE } from '@/lib/scene/label';
import { KEY_AT, keyEntryWidth, legendEntries } from '@/lib/scene/legend';
import { inkColor, nodeColors } from '@/lib/scene/palette';
import type { LayoutName, SceneFrame } from '@/lib/scene/types';
import { r2 } from './diagram-parts';

/**
 * The key to the colours, drawn in the picture along its bottom edge: only the tones the frame
 * shows (reused, built anew, under strain) and, where there is room, what a line means.
 */
export function DiagramKey({ frame, layout }: { frame: SceneFrame; layout: LayoutName }) {
  const entries = legendEntries(frame, layout === 'wide');
  const at = KEY_AT[layout];
  const lefts = entries.map((_, i) =>
    entries.slice(0, i).reduce((x, e) => x + keyEntryWidth(e.label, NOTE.fontSize), at.x),
  );
  return (
    <g data-key="">
      {entries.map((entry, i) => {
        const left = lefts[i]!;
        const colors = nodeColors('capability', entry.tone);
        const y = at.y - NOTE.fontSize * 0.35;
        return (
          <g key={entry.key}>
            {entry.swatch === 'box' ? (
              <rect
                x={r2(left)}
                y={r2(y - 6)}
                width={22}
                height={12}
                rx={3}
                fill={colors.fill}
                stroke={colors.stroke}
                strokeWidth={1.5}
              />
            ) : (
              <line
                x1={r2(left)}
                y1={r2(y)}
                x2={r2(left + 22)}
                y2={r2(y)}
                stroke={inkColor(entry.tone)}
                strokeWidth={2}
                strokeLinecap="round"
              />
            )}
            <text data-label="key" x={r2(left + 28)} y={at.y} fontSize={NOTE.fontSize} fill={colors.text}>
              {entry.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
