import type { SourceTable } from '../contract';

/**
 * Why a file cannot be read, as a value (STYLE.md §10): the route turns it into the one error
 * shape with this status; the message is plain Vietnamese and says what to do.
 */
export type ReadRefusal = {
  refused: true;
  status: 400 | 413 | 415 | 422;
  code: string;
  message: string;
};

export type ReadResult = SourceTable | ReadRefusal;

export const refuse = (
  status: ReadRefusal['status'],
  code: string,
  message: string,
): ReadRefusal => ({
  refused: true,
  status,
  code,
  message,
});

export function isRefusal(value: unknown): value is ReadRefusal {
  return typeof value === 'object' && value !== null && (value as ReadRefusal).refused === true;
}
