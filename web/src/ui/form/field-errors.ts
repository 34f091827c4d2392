/** The API's 400 names the fields at fault by their path in the body (ARCHITECTURE.md §3). */
interface Refusal {
  kind: string;
  details?: readonly { path: string; message: string }[];
}

/** Each field's first problem, by its path in the body ("heldOn", "officerIds.0" → "officerIds"). */
export type FieldErrors = Readonly<Record<string, string>>;

export const noFieldErrors: FieldErrors = {};

/** The field errors of a failed write, to hand to each field's `error`; {} for any other failure. */
export function fieldErrorsOf(failure: Refusal): FieldErrors {
  if (failure.kind !== 'http' || !failure.details) return noFieldErrors;
  const errors: Record<string, string> = {};
  for (const { path, message } of failure.details) {
    const field = path.split('.')[0];
    if (field && !(field in errors)) errors[field] = message;
  }
  return errors;
}
