// Hexagonal cells for the risk surface, the hot spots and the backtest. A cell is computed
// arithmetically from a point (no generated grid is joined against the points): the point goes
// to a local plane in metres around an origin, then to axial hex coordinates, then to the
// nearest hexagon by cube rounding. The same arithmetic runs in SQL (db/src/queries/hex.ts), so a
// million tips can be counted per cell in the database.
//
// Pointy-top hexagons; `cellMeters` is the distance between the centres of two neighbouring
// cells (the flat-to-flat width), so a cell's area is √3/2 · cellMeters².

export type LngLat = readonly [lng: number, lat: number];
export type Cell = { q: number; r: number };

/** Metres per degree of latitude, and of longitude at the equator (a sphere is close enough here). */
export const metersPerDegreeLat = 110_574;
export const metersPerDegreeLngAtEquator = 111_320;

const sqrt3 = Math.sqrt(3);

/** The cube-rounded hexagon that holds fractional axial coordinates (q, r). */
export function roundAxial(q: number, r: number): Cell {
  const s = -q - r;
  let rq = Math.round(q);
  let rr = Math.round(r);
  const rs = Math.round(s);
  const dq = Math.abs(rq - q);
  const dr = Math.abs(rr - r);
  const ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  return { q: rq + 0, r: rr + 0 }; // + 0 turns -0 into 0
}

export class HexGrid {
  /** Circumradius: centre to corner. */
  readonly size: number;
  readonly metersPerDegreeLng: number;
  readonly metersPerDegreeLat = metersPerDegreeLat;

  constructor(
    readonly origin: LngLat,
    readonly cellMeters: number,
  ) {
    if (!(cellMeters > 0)) throw new RangeError('cellMeters must be positive');
    this.size = cellMeters / sqrt3;
    this.metersPerDegreeLng = metersPerDegreeLngAtEquator * Math.cos((origin[1] * Math.PI) / 180);
  }

  /** Area of one cell in square metres. */
  get cellArea() {
    return (sqrt3 / 2) * this.cellMeters ** 2;
  }

  toPlane([lng, lat]: LngLat): [number, number] {
    return [
      (lng - this.origin[0]) * this.metersPerDegreeLng,
      (lat - this.origin[1]) * metersPerDegreeLat,
    ];
  }

  toLngLat([x, y]: readonly [number, number]): [number, number] {
    return [this.origin[0] + x / this.metersPerDegreeLng, this.origin[1] + y / metersPerDegreeLat];
  }

  cellOf(point: LngLat): Cell {
    const [x, y] = this.toPlane(point);
    return roundAxial(((sqrt3 / 3) * x - y / 3) / this.size, ((2 / 3) * y) / this.size);
  }

  /** The cell's centre on the plane, in metres. */
  centreOnPlane({ q, r }: Cell): [number, number] {
    return [this.size * sqrt3 * (q + r / 2), this.size * 1.5 * r];
  }

  centre(cell: Cell): [number, number] {
    return this.toLngLat(this.centreOnPlane(cell));
  }

  /** Distance in metres between two cells' centres. */
  distance(a: Cell, b: Cell): number {
    const [ax, ay] = this.centreOnPlane(a);
    const [bx, by] = this.centreOnPlane(b);
    return Math.hypot(ax - bx, ay - by);
  }

  /** The cell's outline as a closed GeoJSON ring, counter-clockwise. */
  ring(cell: Cell): [number, number][] {
    const [cx, cy] = this.centreOnPlane(cell);
    const corners: [number, number][] = [];
    for (let i = 0; i < 6; i++) {
      const angle = (Math.PI / 180) * (30 + 60 * i);
      corners.push(
        this.toLngLat([cx + this.size * Math.cos(angle), cy + this.size * Math.sin(angle)]),
      );
    }
    corners.push(corners[0] as [number, number]);
    return corners;
  }

  /** Every cell whose centre lies in the box [west, south, east, north], plus a margin of one ring. */
  cellsCovering([west, south, east, north]: readonly [number, number, number, number]): Cell[] {
    const corners = [
      this.cellOf([west, south]),
      this.cellOf([west, north]),
      this.cellOf([east, south]),
      this.cellOf([east, north]),
    ];
    const rs = corners.map((c) => c.r);
    const rMin = Math.min(...rs) - 1;
    const rMax = Math.max(...rs) + 1;
    const [x0] = this.toPlane([west, south]);
    const [x1] = this.toPlane([east, north]);
    const cells: Cell[] = [];
    for (let r = rMin; r <= rMax; r++) {
      const qMin = Math.floor(x0 / (this.size * sqrt3) - r / 2) - 1;
      const qMax = Math.ceil(x1 / (this.size * sqrt3) - r / 2) + 1;
      for (let q = qMin; q <= qMax; q++) cells.push({ q, r });
    }
    return cells;
  }
}

/** A cell's id as text, 'q:r', the same in every answer. */
export const cellKey = ({ q, r }: Cell) => `${q}:${r}`;

const round7 = (n: number) => Math.round(n * 1e7) / 1e7;

/** The cell as a GeoJSON Polygon, coordinates to 7 decimals (RFC 7946, about 1 cm). */
export const cellPolygon = (grid: HexGrid, cell: Cell) => ({
  type: 'Polygon' as const,
  coordinates: [grid.ring(cell).map(([lng, lat]) => [round7(lng), round7(lat)])],
});
