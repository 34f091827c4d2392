// A JSON Schema said in a few words for the reference page: its type, its limits, and the
// fields of an object one per line (`contact.phone`).
import type { JsonSchema } from './json-schema';

const typeNames: Record<string, string> = {
  string: 'chuỗi',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  null: 'rỗng',
};

const json = (value: unknown) => JSON.stringify(value);

/** `chuỗi`, `số nguyên | rỗng`, `một trong: a, b`, `tệp`. */
export function typeText(schema: JsonSchema): string {
  const anyOf = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (anyOf) return [...new Set(anyOf.map(typeText))].join(' | ');
  if (Array.isArray(schema.enum)) return `một trong: ${schema.enum.map(String).join(', ')}`;
  if (schema.const !== undefined) return `= ${json(schema.const)}`;
  if (schema.contentMediaType || schema.format === 'binary') return 'tệp';
  const type = schema.type;
  if (type === 'array') {
    const items = schema.items as JsonSchema | false | undefined;
    const prefix = schema.prefixItems as JsonSchema[] | undefined;
    if (prefix) return `[${prefix.map(typeText).join(', ')}]`;
    return items ? `danh sách ${typeText(items)}` : 'danh sách';
  }
  if (Array.isArray(type)) return type.map((t) => typeNames[t] ?? t).join(' | ');
  if (typeof type === 'string')
    return `${typeNames[type] ?? type}${schema.format ? ` (${schema.format})` : ''}`;
  return 'bất kỳ';
}

/** `10–4000 ký tự`, `≥ 1`, `mẫu ^\d+$`, `mặc định 100`. */
export function limitsText(schema: JsonSchema): string {
  const parts: string[] = [];
  const { minLength, maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  if (minLength !== undefined || maxLength !== undefined) {
    parts.push(`${minLength ?? 0}–${maxLength ?? '…'} ký tự`);
  }
  if (minimum !== undefined) parts.push(`≥ ${minimum}`);
  if (exclusiveMinimum !== undefined) parts.push(`> ${exclusiveMinimum}`);
  if (maximum !== undefined) parts.push(`≤ ${maximum}`);
  if (exclusiveMaximum !== undefined) parts.push(`< ${exclusiveMaximum}`);
  if (schema.minItems !== undefined) parts.push(`ít nhất ${schema.minItems} phần tử`);
  if (schema.maxItems !== undefined) parts.push(`tối đa ${schema.maxItems} phần tử`);
  // A format (date, date-time, email) says it better than zod's long pattern for it.
  if (schema.pattern !== undefined && schema.format === undefined)
    parts.push(`mẫu ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`mặc định ${json(schema.default)}`);
  const anyOf = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (anyOf) parts.push(...anyOf.map(limitsText).filter(Boolean));
  if (typeof schema.description === 'string') parts.push(schema.description);
  return parts.join('; ');
}

export type Field = { name: string; type: string; required: boolean; limits: string };

/** The first object among a schema and its alternatives (`{…} | null`). */
const objectOf = (schema: JsonSchema): JsonSchema | undefined =>
  schema.properties
    ? schema
    : ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined)?.find((s) => s.properties);

/** An object's fields, nested objects' fields after them with a dotted name, three levels deep. */
export function fieldsOf(schema: JsonSchema, prefix = '', depth = 0): Field[] {
  const object = objectOf(schema);
  if (!object?.properties || depth > 2) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, property]) => [
    {
      name: `${prefix}${name}`,
      type: typeText(property),
      required: required.has(name),
      limits: limitsText(property),
    },
    ...fieldsOf(property, `${prefix}${name}.`, depth + 1),
  ]);
}
