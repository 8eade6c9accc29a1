import { BAND_LABEL, LABEL, labelSize } from '@/lib/scene/label';
import type { EdgeRoute } from '@/lib/scene/edges';
import { bandColors, edgeColor, inkColor, nodeColors, PAGE } from '@/lib/scene/palette';
import { memo } from 'react';
import type { Annotation, Band as BandData, SceneNode } from '@/lib/scene/types';

/** Two decimals keep the markup short and the snapshots stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

const fade = (opacity: number) => (opacity < 1 ? r2(opacity) : undefined);

/** A label's halo: a stroke in the page colour painted under the glyphs, so lines never cut text. */
const halo = { stroke: PAGE, strokeWidth: 6, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** One text line per `\n`, centred on (cx, cy). */
function Lines({ text, cx, cy, fontSize }: { text: string; cx: number; cy: number; fontSize: number }) {
  const lines = text.split('\n');
  const first = cy - ((lines.length - 1) * LABEL.lineHeight) / 2 + fontSize * 0.35;
  return lines.map((line, i) => (
    <tspan key={i} x={r2(cx)} y={r2(first + i * LABEL.lineHeight)}>
      {line}
    </tspan>
  ));
}

function Band({ band }: { band: BandData }) {
  const { box } = band;
  const colors = bandColors(band.layer, band.tone, band.toneMix);
  const framed = band.layer === 'frame' || band.tone !== 'base';
  const rx = Math.min(14, box.h / 3);
  const labelAt = band.labelAt ?? (band.layer === 'front' || band.layer === 'frame' ? 'top' : 'bottom');
  const y = labelAt === 'top' ? box.y : box.y + box.h;
  return (
    <g data-band={band.id} opacity={fade(band.opacity)}>
      <rect
        x={r2(box.x)}
        y={r2(box.y)}
        width={r2(box.w)}
        height={r2(box.h)}
        rx={r2(rx)}
        fill={colors.fill}
        stroke={framed ? colors.stroke : 'none'}
        strokeWidth={framed ? 1.25 : undefined}
      />
      {band.label ? (
        <>
          <rect
            x={r2(box.x + 8)}
            y={r2(y - BAND_LABEL.fontSize / 2 - 2)}
            width={r2(labelSize(band.label, BAND_LABEL.fontSize).w + 12)}
            height={BAND_LABEL.fontSize + 4}
            rx={4}
            fill={PAGE}
          />
          <text
            x={r2(box.x + 14)}
            y={r2(y + BAND_LABEL.fontSize * 0.35)}
            fontSize={BAND_LABEL.fontSize}
            fontWeight={600}
            fill={colors.text}
          >
            {band.label}
          </text>
        </>
      ) : null}
    </g>
  );
}

function Node({ node }: { node: SceneNode }) {
  const { box } = node;
  const colors = nodeColors(node.kind, node.tone, node.toneMix);
  const rx = node.kind === 'initiative' ? box.h / 2 : Math.min(8, box.h / 3);
  return (
    <g data-node={node.id} opacity={fade(node.opacity)}>
      <rect
        x={r2(box.x)}
        y={r2(box.y)}
        width={r2(box.w)}
        height={r2(box.h)}
        rx={r2(rx)}
        fill={colors.fill}
        stroke={colors.stroke}
        strokeWidth={node.kind === 'frontend' ? 1.75 : 1.25}
        strokeDasharray={node.kind === 'initiative' ? '5 4' : undefined}
      />
      {node.label ? (
        <text
          textAnchor="middle"
          fontSize={LABEL.fontSize}
          fontWeight={node.kind === 'frontend' ? 600 : 500}
          fill={colors.text}
        >
          <Lines text={node.label} cx={box.x + box.w / 2} cy={box.y + box.h / 2} fontSize={LABEL.fontSize} />
        </text>
      ) : null}
    </g>
  );
}

function Edge({ route }: { route: EdgeRoute }) {
  const { edge, end } = route;
  const color = edgeColor(edge.tone, edge.toneMix);
  // Lines under load are heavier; the weight follows the tone blend so it never jumps mid-morph.
  const load = edge.toneMix ? (edge.toneMix.warn ?? 0) : edge.tone === 'warn' ? 1 : 0;
  return (
    <g data-edge={edge.id} opacity={fade(route.opacity)}>
      <path d={route.d} fill="none" stroke={color} strokeWidth={r2(1.5 + load)} strokeLinecap="round" />
      <circle cx={r2(end[0])} cy={r2(end[1])} r={r2(2.5 + load / 2)} fill={color} />
    </g>
  );
}

function Note({ note }: { note: Annotation }) {
  return (
    <text
      data-annotation={note.id}
      x={r2(note.x)}
      y={r2(note.y)}
      textAnchor={note.anchor}
      fontSize={LABEL.fontSize}
      fontWeight={600}
      fill={inkColor(note.tone, note.toneMix, 'text')}
      opacity={fade(note.opacity)}
      {...halo}
    >
      {note.text}
    </text>
  );
}

/*
 * Each part redraws only when what it draws changed: during a morph, elements the two scenes
 * share unchanged keep their object (see interpolateScene), and a line is compared by what it
 * draws, since its route is computed afresh every frame.
 */
export const DiagramBand = memo(Band);
export const DiagramNode = memo(Node);
export const DiagramAnnotation = memo(Note);
export const DiagramEdge = memo(Edge, (a, b) => {
  const [x, y] = [a.route, b.route];
  return (
    x.d === y.d &&
    x.opacity === y.opacity &&
    x.end[0] === y.end[0] &&
    x.end[1] === y.end[1] &&
    x.edge.tone === y.edge.tone &&
    JSON.stringify(x.edge.toneMix) === JSON.stringify(y.edge.toneMix)
  );
});
