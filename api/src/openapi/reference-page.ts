// The reference page of an OpenAPI document, rendered on the server: one section per tag, each
// operation with its method, path, who may call it, its parameters, its body's fields with
// their types and limits, and what it answers. No script; its one style element is allowed by
// hash in the page's own Content-Security-Policy (referencePolicy).
import { createHash } from 'node:crypto';
import type { JsonSchema } from './json-schema';
import { referenceStyle } from './reference-style';
import { type Field, fieldsOf, limitsText, typeText } from './schema-text';

type Document = {
  info: { title: string; description?: string; version: string };
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown>>;
};
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  'x-roles'?: string[];
  parameters?: Array<Parameter | Ref>;
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, Response | Ref>;
};
type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
  description?: string;
};
type Response = { description: string; content?: Record<string, unknown> };
type Ref = { $ref: string };

const html = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A `#/components/…` reference resolved in the document; anything else as it is. */
function deref<T>(document: Document, value: T | Ref): T {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return value as T;
  const found = value.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
  return found as T;
}

const methods = ['get', 'put', 'post', 'patch', 'delete'];

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return `<div class="scroll"><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td data-label="${head[i]}">${cell}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
}

const places: Record<string, string> = {
  path: 'đường dẫn',
  query: 'truy vấn',
  header: 'tiêu đề',
  cookie: 'cookie',
};

function parametersHtml(document: Document, operation: Operation): string {
  const rows = (operation.parameters ?? []).map((ref) => {
    const p = deref<Parameter>(document, ref);
    const schema = {
      ...(p.schema ?? {}),
      ...(p.description ? { description: p.description } : {}),
    };
    return [
      `<code>${html(p.name)}</code>${p.required ? ' <span class="req">bắt buộc</span>' : ''}`,
      places[p.in] ?? html(p.in),
      html(typeText(schema)),
      html(limitsText(schema)),
    ];
  });
  return rows.length === 0
    ? ''
    : `<h4>Tham số</h4>${table(['Tên', 'Ở đâu', 'Kiểu', 'Giới hạn'], rows)}`;
}

const fieldRow = (field: Field) => [
  `<code>${html(field.name)}</code>${field.required ? ' <span class="req">bắt buộc</span>' : ''}`,
  html(field.type),
  html(field.limits),
];

function bodyHtml(operation: Operation): string {
  const content = operation.requestBody?.content ?? {};
  return Object.entries(content)
    .map(([type, { schema }]) => {
      const fields = schema ? fieldsOf(schema) : [];
      const note =
        typeof schema?.description === 'string' ? `<p>${html(schema.description)}</p>` : '';
      const whole = schema && fields.length === 0 ? `<p>${html(typeText(schema))}</p>` : note;
      return `<h4>Nội dung gửi (<code>${html(type)}</code>)</h4>${whole}${table(['Trường', 'Kiểu', 'Giới hạn'], fields.map(fieldRow))}`;
    })
    .join('');
}

function responsesHtml(document: Document, operation: Operation): string {
  const errors: string[] = [];
  const items = Object.entries(operation.responses).flatMap(([status, ref]) => {
    if ('$ref' in ref && ref.$ref.endsWith('/Error')) {
      errors.push(status);
      return [];
    }
    const response = deref<Response>(document, ref);
    const types = Object.keys(response.content ?? {});
    const what =
      types.length > 0 ? `: ${types.map((t) => `<code>${html(t)}</code>`).join(', ')}` : '';
    return [`<li><b>${html(status)}</b> ${html(response.description)}${what}</li>`];
  });
  if (errors.length > 0) {
    items.push(
      `<li><b>${errors.map(html).join(', ')}</b> Lỗi, dạng chung <code>{ error: { code, message, details? } }</code></li>`,
    );
  }
  return `<h4>Trả lời</h4><ul class="answers">${items.join('')}</ul>`;
}

function operationHtml(document: Document, method: string, path: string, operation: Operation) {
  const roles = operation['x-roles'];
  return `<article class="op" id="${html(`${method}-${path}`)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code class="path">${html(path)}</code></h3>
${operation.summary ? `<p class="summary">${html(operation.summary)}</p>` : ''}
${operation.description ? `<p>${html(operation.description)}</p>` : ''}
${roles ? `<p class="roles">Vai trò (x-roles): ${roles.map((r) => `<code>${html(r)}</code>`).join(' ')}</p>` : ''}
${parametersHtml(document, operation)}${bodyHtml(operation)}${responsesHtml(document, operation)}
</article>`;
}

/** The operations of the document grouped by their first tag, in the tags' order. */
function byTag(document: Document) {
  const groups = new Map<string, Array<[string, string, Operation]>>();
  for (const tag of document.tags ?? []) groups.set(tag.name, []);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? '';
      groups.set(tag, [...(groups.get(tag) ?? []), [method, path, operation]]);
    }
  }
  return [...groups.entries()].filter(([, operations]) => operations.length > 0);
}

/** The page's policy: nothing loads or runs; its one style element, by hash. */
export const referencePolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(referenceStyle).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The whole page, for `document` served as JSON at `jsonHref`. */
export function referencePage(input: object, jsonHref: string): string {
  const document = input as Document;
  const groups = byTag(document);
  const titleOf = (name: string) =>
    document.tags?.find((t) => t.name === name)?.description ?? name;
  const count = groups.reduce((n, [, operations]) => n + operations.length, 0);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(document.info.title)}</title>
<style>${referenceStyle}</style>
</head>
<body>
<header>
<h1>${html(document.info.title)}</h1>
${document.info.description ? `<p>${html(document.info.description)}</p>` : ''}
<p>${count} địa chỉ. Bản máy đọc được (OpenAPI): <a href="${html(jsonHref)}">${html(jsonHref)}</a></p>
<nav><ul>${groups
    .map(
      ([name, operations]) =>
        `<li><a href="#tag-${html(name)}">${html(titleOf(name))}</a> (${operations.length})</li>`,
    )
    .join('')}</ul></nav>
</header>
<main>
${groups
  .map(
    ([name, operations]) =>
      `<section id="tag-${html(name)}"><h2>${html(titleOf(name))} <small><code>${html(name)}</code></small></h2>
${operations.map(([method, path, operation]) => operationHtml(document, method, path, operation)).join('\n')}
</section>`,
  )
  .join('\n')}
</main>
</body>
</html>`;
}
