import { legendEntries } from '@/lib/scene/legend';
import { inkColor, nodeColors } from '@/lib/scene/palette';
import type { SceneFrame } from '@/lib/scene/types';

/**
 * The key to the diagram's colours, as an HTML list so that it wraps at any width. Shows only
 * what the frame uses; renders nothing when every box is plain grey.
 */
export function DiagramLegend({ frame, className }: { frame: SceneFrame; className?: string }) {
  const entries = legendEntries(frame);
  if (entries.length === 0) return null;
  return (
    <ul
      className={className}
      aria-label="Key"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: 0, margin: 0 }}
    >
      {entries.map((entry) => {
        const colors = nodeColors('capability', entry.tone);
        return (
          <li key={entry.key} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4em' }}>
            <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
              {entry.swatch === 'box' ? (
                <rect
                  x="1"
                  y="1"
                  width="20"
                  height="12"
                  rx="3"
                  fill={colors.fill}
                  stroke={colors.stroke}
                  strokeWidth="1.5"
                />
              ) : (
                <line
                  x1="1"
                  y1="7"
                  x2="21"
                  y2="7"
                  stroke={inkColor(entry.tone)}
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              )}
            </svg>
            <span>{entry.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
