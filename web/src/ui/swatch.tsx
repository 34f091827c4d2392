import type { SVGProps } from 'react';

// Legend swatches drawn with the same colours, strokes and dash patterns as the map layers,
// so a swatch looks like what it stands for. Decorative: the text beside it carries the meaning.

interface CircleSwatchProps {
  color: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
  size?: number;
}

export function CircleSwatch({
  color,
  stroke = '#1b1f24',
  strokeWidth = 1.5,
  opacity = 1,
  size = 16,
}: CircleSwatchProps) {
  const r = size / 2 - strokeWidth / 2 - 0.5;
  return (
    <svg className="swatch" width={size} height={size} aria-hidden="true" focusable="false">
      <circle
        cx={size / 2}
        cy={size / 2}
        r={r}
        fill={color}
        fillOpacity={opacity}
        stroke={stroke}
        strokeWidth={strokeWidth}
      />
    </svg>
  );
}

interface AreaSwatchProps {
  fill: string;
  line: string;
  /** In line widths, as MapLibre's line-dasharray. */
  dashes?: number[] | null;
  fillOpacity?: number;
}

export function AreaSwatch({ fill, line, dashes, fillOpacity = 0.22 }: AreaSwatchProps) {
  const width = 2;
  return (
    <BoxSwatch
      fill={fill}
      fillOpacity={fillOpacity}
      stroke={line}
      strokeWidth={width}
      strokeDasharray={dashes?.map((d) => d * width).join(' ')}
    />
  );
}

interface LineSwatchProps {
  color: string;
  casing?: string;
  width: number;
}

export function LineSwatch({ color, casing, width }: LineSwatchProps) {
  return (
    <svg className="swatch" width={28} height={18} aria-hidden="true" focusable="false">
      {casing && (
        <line
          x1={2}
          y1={9}
          x2={26}
          y2={9}
          stroke={casing}
          strokeWidth={width + 2}
          strokeLinecap="round"
        />
      )}
      <line x1={2} y1={9} x2={26} y2={9} stroke={color} strokeWidth={width} strokeLinecap="round" />
    </svg>
  );
}

/** A solid box: a bar of a chart, or an area drawn opaque; outlined in its own colour unless told. */
export function FillSwatch({ color, outline = color }: { color: string; outline?: string }) {
  return <BoxSwatch fill={color} stroke={outline} strokeWidth={1} />;
}

/** The rounded 28×18 box that areas and bars are drawn as. */
function BoxSwatch(rect: SVGProps<SVGRectElement>) {
  return (
    <svg className="swatch" width={28} height={18} aria-hidden="true" focusable="false">
      <rect x={1} y={1} width={26} height={16} rx={2} {...rect} />
    </svg>
  );
}
