import type { Context } from 'hono';
import { filesOf } from '../attachments/read-uploads';
import { ApiError } from '../lib/api-error';
import { honeypotField } from '../schemas/public-tip';

const isMultipart = (c: Context) =>
  (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/** A JSON-encoded multipart field (location, contact) as a value; unreadable text stays text, for zod to refuse. */
function jsonField(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The public form as JSON, or as multipart with the same fields (location and contact as JSON
 * text, anonymous as "true"/"false") plus photos in `files`. Returns the fields as one object
 * for the schema, and the files unchecked.
 */
export async function readTipForm(c: Context): Promise<{ fields: unknown; files: File[] }> {
  if (!isMultipart(c)) {
    const fields = await c.req.json().catch(() => {
      throw new ApiError(400, 'invalid-json', 'Dữ liệu gửi lên không phải JSON hợp lệ');
    });
    return { fields, files: [] };
  }
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new ApiError(400, 'invalid-form', 'Biểu mẫu gửi lên không đọc được');
  });
  const text = (key: string) => (typeof form[key] === 'string' ? form[key] : undefined);
  const anonymous = text('anonymous');
  const fields: Record<string, unknown> = {
    description: text('description'),
    category: text('category'),
    location: jsonField(text('location')),
    anonymous:
      anonymous === undefined
        ? undefined
        : anonymous === 'true'
          ? true
          : anonymous === 'false'
            ? false
            : anonymous,
    contact: jsonField(text('contact')),
    [honeypotField]: text(honeypotField),
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return { fields, files: filesOf(form.files) };
}
