// The OpenAPI 3.1 document of /api, built from the composed app's routes: the inputs their
// validators check (route-table.ts), the access rules (access.ts) and what they answer
// (answers.ts). Nothing here lists the routes.
import {
  isPublicUpload,
  isUploadRoute,
  publicUploadLimits,
  staffUploadLimits,
} from '../attachments/limits';
import { ruleOf, ruleRoles, ruleText } from './access';
import { answersOf, bareType } from './answers';
import { inputSchema, type JsonSchema, type Parameter, parametersOf } from './json-schema';
import { type AppRoute, type Operation, operationsOf } from './route-table';
import { apiErrorSchema, errorResponse, securitySchemes, signedIn } from './shared-parts';
import { summaryOf, tagOf, tagTitle } from './tags';

const errorRef = { $ref: '#/components/responses/Error' };

const components = {
  schemas: { ApiError: apiErrorSchema },
  responses: { Error: errorResponse },
  securitySchemes,
};

/** Operations whose OpenAPI path and method are the same (`/{file}` and `/{id}`) are one. */
const templateKey = (operation: Operation) =>
  `${operation.method} ${operation.path.replace(/\{[^}]+\}/g, '{}')}`;

/** A request with the path's parameters filled in, for the upload checks that take a path. */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, '1');

const unique = <T>(values: T[]) => {
  const seen = new Map(values.map((value) => [JSON.stringify(value), value]));
  return [...seen.values()];
};

/** The path's parameters: by the validator's schema where it has one, else the route's pattern. */
function pathParameters(group: Operation[]): Parameter[] {
  const [first] = group as [Operation];
  return first.pathParams.map(({ name }, index) => {
    const schemas = unique(
      group.map((operation) => {
        const param = operation.pathParams[index] as { name: string; pattern?: string };
        const fromSchema =
          operation.inputs.param &&
          parametersOf(inputSchema(operation.inputs.param), 'path').find(
            (p) => p.name === param.name,
          )?.schema;
        return (
          fromSchema ?? { type: 'string', ...(param.pattern ? { pattern: param.pattern } : {}) }
        );
      }),
    );
    return {
      name,
      in: 'path' as const,
      required: true,
      schema: schemas.length === 1 ? (schemas[0] as JsonSchema) : { anyOf: schemas },
    };
  });
}

function queryParameters(group: Operation[]): Parameter[] {
  const byName = new Map<string, Parameter>();
  for (const operation of group) {
    if (!operation.inputs.query) continue;
    for (const parameter of parametersOf(inputSchema(operation.inputs.query), 'query')) {
      if (!byName.has(parameter.name)) byName.set(parameter.name, parameter);
    }
  }
  return [...byName.values()];
}

/** Files in `files`: what the upload routes read (attachments/read-uploads.ts). */
function filesField(path: string): JsonSchema {
  const limits = isPublicUpload('POST', path, 'multipart/form-data')
    ? publicUploadLimits
    : staffUploadLimits;
  return {
    type: 'array',
    maxItems: limits.maxFiles,
    description: `Tối đa ${limits.maxFiles} tệp, mỗi tệp ${limits.maxFileBytes / 1024 / 1024} MB${limits.allowPdf ? ' (ảnh hoặc PDF)' : ' (ảnh)'}`,
    items: { type: 'string', contentMediaType: 'application/octet-stream' },
  };
}

function requestBody(operation: Operation) {
  const content: Record<string, { schema: JsonSchema }> = {};
  const { json, form } = operation.inputs;
  if (json) content['application/json'] = { schema: inputSchema(json) };
  if (form) content['multipart/form-data'] = { schema: inputSchema(form, { form: true }) };
  const path = samplePath(operation.path);
  if (isUploadRoute(operation.method, path, 'multipart/form-data')) {
    // The same fields as the JSON body, objects as JSON text, plus the files.
    const fields = json ? inputSchema(json) : { type: 'object', properties: {} };
    content['multipart/form-data'] = {
      schema: {
        ...fields,
        ...(json
          ? {
              description:
                'Các trường như nội dung JSON; trường là đối tượng gửi dạng chuỗi JSON, đúng/sai là "true"/"false"; ảnh trong files.',
            }
          : {}),
        properties: { ...fields.properties, files: filesField(path) },
        ...(json ? {} : { required: ['files'] }),
      },
    };
  }
  return Object.keys(content).length === 0 ? undefined : { required: true, content };
}

function responses(group: Operation[], isPublic: boolean, hasInput: boolean) {
  const [first] = group as [Operation];
  const found: Record<string, unknown> = {};
  for (const operation of group) {
    for (const [status, types] of Object.entries(answersOf(operation.method, operation.honoPath))) {
      const content = types && Object.fromEntries(types.map((t) => [bareType(t), {}]));
      const before = found[status] as { content?: Record<string, object> } | undefined;
      found[status] = {
        description: status === '204' ? 'Thành công, không có nội dung' : 'Thành công',
        ...(content ? { content: { ...before?.content, ...content } } : {}),
      };
    }
  }
  if (hasInput) found['400'] = errorRef;
  if (!isPublic) {
    found['401'] = errorRef;
    found['403'] = errorRef;
  }
  if (first.pathParams.length > 0) found['404'] = errorRef;
  found['4XX'] = errorRef;
  found['5XX'] = errorRef;
  return found;
}

const operationId = (method: string, path: string) =>
  [method.toLowerCase(), ...path.split(/[^A-Za-z0-9]+/).filter(Boolean)]
    .map((word, i) => (i === 0 ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join('');

function operationObject(group: Operation[]) {
  const [first] = group as [Operation];
  const rules = group.map((operation) => ({
    path: operation.honoPath,
    rule: ruleOf(operation.method, operation.honoPath),
  }));
  const isPublic = rules.every((r) => r.rule === 'public');
  const access =
    rules.length === 1
      ? ruleText(rules[0]?.rule)
      : rules.map((r) => `${r.path}: ${ruleText(r.rule)}`).join('; ');
  const parameters = [...pathParameters(group), ...queryParameters(group)];
  const body = requestBody(first);
  return {
    tags: [tagOf(first.path)],
    summary: summaryOf(first.method, first.path),
    description: `Quyền: ${access}.`,
    operationId: operationId(first.method, first.path),
    'x-roles': [...new Set(rules.flatMap((r) => ruleRoles(r.rule)))],
    ...(rules.length > 1
      ? { 'x-routes': rules.map((r) => ({ path: r.path, roles: ruleRoles(r.rule) })) }
      : {}),
    security: isPublic ? [{}] : signedIn,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(group, isPublic, parameters.length > 0 || body !== undefined),
  };
}

/** The OpenAPI 3.1 document of every `/api/…` route of the app. */
export function apiDocument(routes: readonly AppRoute[]) {
  const groups = new Map<string, Operation[]>();
  for (const operation of operationsOf(routes, '/api/')) {
    const key = templateKey(operation);
    groups.set(key, [...(groups.get(key) ?? []), operation]);
  }
  const paths: Record<string, Record<string, unknown>> = {};
  const tags = new Set<string>();
  for (const group of groups.values()) {
    const [first] = group as [Operation];
    tags.add(tagOf(first.path));
    paths[first.path] ??= {};
    (paths[first.path] as Record<string, unknown>)[first.method.toLowerCase()] =
      operationObject(group);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Nam Thanh Miện: API bản đồ phòng, chống mại dâm',
      version: '1',
      description:
        'API của ứng dụng, sinh từ chính các lược đồ kiểm tra dữ liệu của từng địa chỉ. Đăng nhập bằng phiên (cookie) hoặc mã truy cập cá nhân (Authorization: Bearer …); quyền của từng địa chỉ theo api/src/auth/access-rules.ts. Lớp bản đồ cho QGIS, GDAL: /ogc (OGC API – Features).',
    },
    tags: [...tags].map((name) => ({ name, description: tagTitle(name) })),
    paths,
    components,
  };
}
