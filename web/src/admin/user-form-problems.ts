import type { Failure, Role } from '../api/admin-client';

// What is wrong with an account form, as catalogue keys under `userForm.problems`: first what
// the page can see for itself (an empty field, a village head without a village), then what the
// API answered (ARCHITECTURE.md §3: a code, and for a 400 the fields at fault).

export type Field = 'username' | 'displayName' | 'role' | 'villageId';

export type Problem =
  | 'usernameMissing'
  | 'usernameFormat'
  | 'usernameTaken'
  | 'displayNameMissing'
  | 'displayNameTooLong'
  | 'roleMissing'
  | 'villageRequired'
  | 'villageNotAllowed'
  | 'unknownVillage'
  | 'ownAccount'
  | 'notFound'
  | 'forbidden'
  | 'network'
  | 'invalidAnswer'
  | 'server';

export type FormProblems = {
  fields: Partial<Record<Field, Problem>>;
  /** Said above the buttons; `status` fills in the server message. */
  form: { problem: Problem; status?: number } | null;
};

export type UserDraft = {
  username: string;
  displayName: string;
  role: Role | '';
  villageId: number | null;
};

/** Kept in step with the API's own limit on display names (api/src/routes/users.ts). */
const displayNameMaxLength = 120;

export const noProblems: FormProblems = { fields: {}, form: null };

export function hasProblems(problems: FormProblems): boolean {
  return problems.form !== null || Object.keys(problems.fields).length > 0;
}

/**
 * What the page can tell before asking the API. The username's pattern is the API's to check
 * (its message is mapped below), so the rule is written in one place.
 */
export function checkDraft(draft: UserDraft, mode: 'create' | 'edit'): FormProblems {
  const fields: FormProblems['fields'] = {};
  if (mode === 'create' && draft.username.trim() === '') fields.username = 'usernameMissing';
  const name = draft.displayName.trim();
  if (name === '') fields.displayName = 'displayNameMissing';
  else if (name.length > displayNameMaxLength) fields.displayName = 'displayNameTooLong';
  if (draft.role === '') fields.role = 'roleMissing';
  if (draft.role === 'village' && draft.villageId === null) fields.villageId = 'villageRequired';
  return { fields, form: null };
}

const byCode: Record<string, { field: Field | null; problem: Problem }> = {
  'username-taken': { field: 'username', problem: 'usernameTaken' },
  'village-required': { field: 'villageId', problem: 'villageRequired' },
  'village-not-allowed': { field: 'villageId', problem: 'villageNotAllowed' },
  'unknown-village': { field: 'villageId', problem: 'unknownVillage' },
  'own-account': { field: null, problem: 'ownAccount' },
  'not-found': { field: null, problem: 'notFound' },
};

/** A 400's details name fields by their path in the body. */
const byPath: Record<string, { field: Field; problem: Problem }> = {
  username: { field: 'username', problem: 'usernameFormat' },
  displayName: { field: 'displayName', problem: 'displayNameTooLong' },
  role: { field: 'role', problem: 'roleMissing' },
  villageId: { field: 'villageId', problem: 'unknownVillage' },
};

/** The API's refusal, placed next to the field it concerns where there is one. */
export function problemsFromFailure(failure: Failure): FormProblems {
  if (failure.kind === 'network') return { fields: {}, form: { problem: 'network' } };
  if (failure.kind === 'invalid') return { fields: {}, form: { problem: 'invalidAnswer' } };
  if (failure.status === 403) return { fields: {}, form: { problem: 'forbidden' } };
  const known = failure.code ? byCode[failure.code] : undefined;
  if (known) {
    return known.field
      ? { fields: { [known.field]: known.problem }, form: null }
      : { fields: {}, form: { problem: known.problem } };
  }
  const fields: FormProblems['fields'] = {};
  for (const detail of failure.details) {
    const mapped = byPath[detail.path];
    if (mapped) fields[mapped.field] ??= mapped.problem;
  }
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields: {}, form: { problem: 'server', status: failure.status ?? undefined } };
}
