import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error';

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
  zValidator(target, schema, (result) => {
    if (!result.success) throw invalidRequest(result.error.issues);
  });

/** The same check for a value read by hand (a multipart form turned into an object). */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(result.error.issues);
  return result.data;
}
