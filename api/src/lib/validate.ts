import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error';

/**
 * The input a middleware checks, carried on the middleware itself: the API's description
 * (api/src/openapi) reads it from the app's routes, so the schemas the routes use are the
 * contract, with no second copy to keep in step.
 */
export const checkedInput = Symbol('checked input');
export type CheckedInput = { target: keyof ValidationTargets; schema: z.ZodType };

const tagged = <Handler extends MiddlewareHandler>(handler: Handler, input: CheckedInput) =>
  Object.assign(handler, { [checkedInput]: input });

/** The input a route handler was tagged with by `validate` or `formSchema`, if any. */
export const checkedInputOf = (handler: unknown): CheckedInput | undefined =>
  typeof handler === 'function'
    ? (handler as { [checkedInput]?: CheckedInput })[checkedInput]
    : undefined;

/** 400 with the issues as details (path and message only; the offending input is not echoed back). */
export function invalidRequest(issues: readonly z.core.$ZodIssue[]): ApiError {
  const details = issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  return new ApiError(400, 'invalid-request', 'Dữ liệu gửi lên không hợp lệ', details);
}

/** zod validation whose failures use the one error shape (see invalidRequest). */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) =>
  tagged(
    zValidator(target, schema, (result) => {
      if (!result.success) throw invalidRequest(result.error.issues);
    }),
    { target, schema },
  );

/**
 * Names the schema of a body that the handler reads by hand (a multipart form) and checks with
 * `parseOrThrow`, for the API's description; it checks nothing itself.
 */
export const checkedByHand = (target: 'json' | 'form', schema: z.ZodType): MiddlewareHandler =>
  tagged((_c, next) => next(), { target, schema });

/** The same check for a value read by hand (a multipart form turned into an object). */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(result.error.issues);
  return result.data;
}
