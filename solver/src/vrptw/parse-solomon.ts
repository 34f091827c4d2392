/**
 * Solomon's VRPTW text format: a name line, `VEHICLE` / `NUMBER CAPACITY` / the two values,
 * `CUSTOMER` / the column header / one row per node (number, x, y, demand, ready time, due
 * date, service time), row 0 being the depot. Column spacing differs between files (R101),
 * so rows are split on whitespace.
 */
export type SolomonNode = {
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
};

export type SolomonInstance = {
  name: string;
  vehicles: number;
  capacity: number;
  /** Index 0 is the depot, then customers by number. */
  nodes: SolomonNode[];
};

export class SolomonError extends Error {
  override name = 'SolomonError';
}

export function parseSolomon(text: string): SolomonInstance {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const name = lines[0] ?? '';
  const vehicleAt = lines.findIndex((l) => l.toUpperCase() === 'VEHICLE');
  if (vehicleAt < 0) throw new SolomonError('no VEHICLE section');
  const [vehicles, capacity] = (lines[vehicleAt + 2] ?? '').split(/\s+/).map(Number);
  if (!Number.isInteger(vehicles) || (vehicles as number) < 1) {
    throw new SolomonError(`vehicle NUMBER "${lines[vehicleAt + 2]}" is not a positive integer`);
  }
  if (!Number.isFinite(capacity) || (capacity as number) <= 0) {
    throw new SolomonError(`CAPACITY in "${lines[vehicleAt + 2]}" is not a positive number`);
  }
  const customerAt = lines.findIndex((l) => l.toUpperCase() === 'CUSTOMER');
  if (customerAt < 0) throw new SolomonError('no CUSTOMER section');
  const nodes: SolomonNode[] = [];
  for (const line of lines.slice(customerAt + 2)) {
    const fields = line.split(/\s+/).map(Number);
    if (fields.length !== 7 || fields.some((f) => !Number.isFinite(f))) {
      throw new SolomonError(`bad customer row: "${line}"`);
    }
    const [id, x, y, demand, ready, due, service] = fields as number[];
    if (id !== nodes.length) {
      throw new SolomonError(`customer number ${id} where ${nodes.length} was expected`);
    }
    if ((ready as number) > (due as number) || (demand as number) < 0 || (service as number) < 0) {
      throw new SolomonError(
        `customer ${id} has a window that closes before it opens or a negative value`,
      );
    }
    nodes.push({ id, x, y, demand, ready, due, service } as SolomonNode);
  }
  if (nodes.length < 2) throw new SolomonError('no customers after the depot');
  return { name, vehicles: vehicles as number, capacity: capacity as number, nodes };
}
