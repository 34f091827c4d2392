/**
 * The fields of `after` whose value differs from `before`, as `{ field: [before, after] }`:
 * the audit log's "difference" of an update. Values compare by their JSON, so arrays and
 * objects (opening hours, positions) compare by content.
 */
export function changedFields<T extends object>(
  before: T,
  after: T,
): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      diff[key] = [before[key], after[key]];
  }
  return diff;
}
