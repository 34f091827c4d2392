/**
 * TSPLIB reader for TYPE TSP with EDGE_WEIGHT_TYPE EUC_2D (NODE_COORD_SECTION). Anything else
 * is refused with a message naming the problem, never guessed at: a wrong DIMENSION, another
 * edge weight type, missing or repeated node ids.
 */
export type TsplibInstance = { name: string; xs: Float64Array; ys: Float64Array };

export class TsplibError extends Error {
  override name = 'TsplibError';
}

export function parseTsplib(text: string): TsplibInstance {
  const header = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (line === 'NODE_COORD_SECTION') break;
    if (line === 'EOF') throw new TsplibError('no NODE_COORD_SECTION before EOF');
    const colon = line.indexOf(':');
    if (colon < 0) throw new TsplibError(`unexpected line before NODE_COORD_SECTION: "${line}"`);
    header.set(line.slice(0, colon).trim().toUpperCase(), line.slice(colon + 1).trim());
  }
  if (i >= lines.length) throw new TsplibError('no NODE_COORD_SECTION');
  const type = header.get('TYPE');
  if (type !== undefined && type !== 'TSP') throw new TsplibError(`TYPE ${type} is not TSP`);
  const weightType = header.get('EDGE_WEIGHT_TYPE');
  if (weightType !== 'EUC_2D') {
    throw new TsplibError(`EDGE_WEIGHT_TYPE ${weightType ?? '(missing)'} is not EUC_2D`);
  }
  const dimensionText = header.get('DIMENSION');
  const n = Number(dimensionText);
  if (!Number.isInteger(n) || n < 3) {
    throw new TsplibError(`DIMENSION ${dimensionText ?? '(missing)'} is not an integer ≥ 3`);
  }

  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const seen = new Uint8Array(n);
  let count = 0;
  for (i++; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    if (line === 'EOF') break;
    const fields = line.split(/\s+/);
    const id = Number(fields[0]);
    const x = Number(fields[1]);
    const y = Number(fields[2]);
    if (fields.length !== 3 || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new TsplibError(`bad coordinate line: "${line}"`);
    }
    if (!Number.isInteger(id) || id < 1 || id > n) {
      throw new TsplibError(`node id ${fields[0]} outside 1..DIMENSION (${n})`);
    }
    if (seen[id - 1]) throw new TsplibError(`node id ${id} appears twice`);
    seen[id - 1] = 1;
    xs[id - 1] = x;
    ys[id - 1] = y;
    count++;
  }
  if (count !== n) throw new TsplibError(`DIMENSION is ${n} but ${count} coordinate lines follow`);
  return { name: header.get('NAME') ?? '', xs, ys };
}
