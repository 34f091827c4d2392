// zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), as a client sends the input: the schemas
// the routes check with, converted when the document is built.
import { z } from 'zod';

export type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/**
 * The schema of what a client sends. A value zod checks by code alone (a refinement, a
 * transform's output) has no JSON Schema: the input's shape stands for it. In a multipart form
 * the one such value is a file (`z.instanceof(File)`): binary content.
 */
export function inputSchema(schema: z.ZodType, options: { form?: boolean } = {}): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (options.form && ctx.zodSchema._zod.def.type === 'custom') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.contentMediaType = 'application/octet-stream';
      }
    },
  }) as JsonSchema;
  delete converted.$schema;
  return converted;
}

export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

/** An object schema's properties as parameters of one kind (path parameters are required). */
export function parametersOf(schema: JsonSchema, place: 'path' | 'query'): Parameter[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: place,
      required: place === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}
