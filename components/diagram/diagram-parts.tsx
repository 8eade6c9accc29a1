import { BAND_LABEL, LABEL, NOTE } from '@/lib/scene/label';
import type { EdgeRoute } from '@/lib/scene/edges';
import { bandColors, edgeColor, inkColor, nodeColors, PAGE } from '@/lib/scene/palette';
import { memo } from 'react';
import type { Annotation, Band as BandData, SceneNode } from '@/lib/scene/types';

/** Two decimals keep the markup short and the snapshots stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

const fade = (opacity: number) => (opacity < 1 ? r2(opacity) : undefined);

/** A label's halo: a stroke in the page colour painted under the glyphs, so lines never cut text. */
const halo = { stroke: PAGE, strokeWidth: 6, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** One text line per `\n`, centred on (cx, cy), at scale `k`. */
function Lines({ text, cx, cy, fontSize, k }: { text: string; cx: number; cy: number; fontSize: number; k: number }) {
  const lines = text.split('\n');
  const first = cy + k * (-((lines.length - 1) * LABEL.lineHeight) / 2 + fontSize * 0.35);
  return lines.map((line, i) => (
    <tspan key={i} x={r2(cx)} y={r2(first + i * LABEL.lineHeight * k)}>
      {line}
    </tspan>
  ));
}

function Band({ band }: { band: BandData }) {
  const { box } = band;
  const k = band.scale ?? 1;
  const colors = bandColors(band.layer, band.tone, band.toneMix);
  // A muted frame is a ghost: an outline of something that was there (the 2015 middle band).
  const ghost = band.layer === 'frame' && band.tone === 'muted';
  const framed = band.layer === 'frame' || band.tone !== 'base';
  const rx = Math.min(14 * k, box.h / 3);
  return (
    <g data-band={band.id} opacity={fade(band.opacity)}>
      <rect
        x={r2(box.x)}
        y={r2(box.y)}
        width={r2(box.w)}
        height={r2(box.h)}
        rx={r2(rx)}
        fill={ghost ? 'none' : colors.fill}
        stroke={framed ? colors.stroke : 'none'}
        strokeWidth={framed ? 1.25 : undefined}
        strokeDasharray={ghost ? '6 5' : undefined}
      />
    </g>
  );
}

/**
 * A band's label, inside its top-left corner. Drawn above the lines, with a halo in the band's
 * own fill, so that lines running down into the band never cross the words.
 */
function BandLabel({ band }: { band: BandData }) {
  if (!band.label) return null;
  const { box } = band;
  const k = band.scale ?? 1;
  const colors = bandColors(band.layer, band.tone, band.toneMix);
  const ghost = band.layer === 'frame' && band.tone === 'muted';
  return (
    <text
      data-label="band"
      data-band-label={band.id}
      x={r2(box.x + BAND_LABEL.inset * k)}
      y={r2(box.y + BAND_LABEL.baseline * k)}
      fontSize={r2(BAND_LABEL.fontSize * k)}
      fontWeight={600}
      fill={colors.text}
      opacity={fade(band.opacity)}
      {...halo}
      stroke={ghost ? PAGE : colors.fill}
    >
      {band.label}
    </text>
  );
}

/** A bracket beside a band, open towards it, measuring its depth. */
function Measure({ node }: { node: SceneNode }) {
  const { box } = node;
  const color = inkColor(node.tone === 'base' ? 'muted' : node.tone, node.toneMix);
  const d = `M${r2(box.x)} ${r2(box.y)}H${r2(box.x + box.w)}V${r2(box.y + box.h)}H${r2(box.x)}`;
  return (
    <g data-node={node.id} opacity={fade(node.opacity)}>
      <path
        d={d}
        fill="none"
        stroke={color}
        strokeWidth={node.tone === 'muted' ? 1.5 : 2.5}
        strokeDasharray={node.tone === 'muted' ? '4 3' : undefined}
      />
    </g>
  );
}

function Node({ node }: { node: SceneNode }) {
  if (node.kind === 'measure') return <Measure node={node} />;
  const { box } = node;
  const k = node.scale ?? 1;
  const colors = nodeColors(node.kind, node.tone, node.toneMix);
  const rx = node.kind === 'initiative' ? box.h / 2 / k : Math.min(8, box.h / 3);
  return (
    <g data-node={node.id} opacity={fade(node.opacity)}>
      <rect
        x={r2(box.x)}
        y={r2(box.y)}
        width={r2(box.w)}
        height={r2(box.h)}
        rx={r2(rx * k)}
        fill={colors.fill}
        stroke={colors.stroke}
        strokeWidth={node.kind === 'frontend' ? 1.75 : 1.25}
        strokeDasharray={node.kind === 'initiative' ? '5 4' : undefined}
      />
      {node.label ? (
        <text
          data-label="node"
          textAnchor="middle"
          fontSize={r2(LABEL.fontSize * k)}
          fontWeight={node.kind === 'frontend' ? 600 : 500}
          fill={colors.text}
        >
          <Lines text={node.label} cx={box.x + box.w / 2} cy={box.y + box.h / 2} fontSize={LABEL.fontSize} k={k} />
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

/** A note on what the step is about: italic, in its tone, with a leader line to its subject. */
function Note({ note }: { note: Annotation }) {
  const color = inkColor(note.tone, note.toneMix, 'text');
  return (
    <g data-annotation={note.id} opacity={fade(note.opacity)}>
      {note.to ? (
        <>
          <line
            x1={r2(note.x)}
            y1={r2(note.y - NOTE.fontSize * 0.35)}
            x2={r2(note.to.x)}
            y2={r2(note.to.y)}
            stroke={color}
            strokeWidth={1.25}
          />
          <circle cx={r2(note.to.x)} cy={r2(note.to.y)} r={2.5} fill={color} />
        </>
      ) : null}
      <text
        data-label="note"
        x={r2(note.x)}
        y={r2(note.y)}
        textAnchor={note.anchor}
        fontSize={NOTE.fontSize}
        fontStyle="italic"
        fontWeight={600}
        fill={color}
        {...halo}
      >
        {note.text}
      </text>
    </g>
  );
}

/*
 * Each part redraws only when what it draws changed: during a morph, elements the two scenes
 * share unchanged keep their object (see interpolateScene), and a line is compared by what it
 * draws, since its route is computed afresh every frame.
 */
export const DiagramBand = memo(Band);
export const DiagramBandLabel = memo(BandLabel);
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
