/**
 * Text PostgreSQL cannot store: a NUL character (refused in any text value) and an unpaired
 * UTF-16 surrogate (which has no UTF-8 form). Pure: the web may use it too.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isUnstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

/**
 * The paths (`a.0.b`, as zod names them) of every key or string value inside `value` that
 * PostgreSQL cannot store. Depth-limited: a body nested deeper is refused by its own schema.
 */
export function unstorablePaths(value: unknown, path: string[] = [], found: string[] = []) {
  if (found.length >= 20 || path.length > 64) return found;
  if (typeof value === 'string') {
    if (isUnstorable(value)) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      unstorablePaths(item, [...path, String(index)], found);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A bad key is named by the object holding it: the key itself is never echoed back.
      if (isUnstorable(key)) found.push(path.join('.'));
      else unstorablePaths(item, [...path, key], found);
    }
  }
  return found;
}
