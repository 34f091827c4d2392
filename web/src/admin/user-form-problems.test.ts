import { describe, expect, it } from 'vitest';
import { ApiError, networkError } from '../api/api-error';
import { checkDraft, hasProblems, problemsFromFailure } from './user-form-problems';

const draft = {
  username: 'thon-moi',
  displayName: 'Trưởng thôn mới',
  role: 'police',
  villageId: null,
} as const;
const http = (
  status: number,
  code: string | null,
  details: { path: string; message: string }[] = [],
) => new ApiError('http', '/api/users', status, 'Từ chối', code, details);

describe('checkDraft', () => {
  it('accepts a complete account', () => {
    expect(hasProblems(checkDraft(draft, 'create'))).toBe(false);
  });

  it('asks for a username, a name and a role', () => {
    const problems = checkDraft(
      { username: ' ', displayName: '', role: '', villageId: null },
      'create',
    );
    expect(problems.fields).toEqual({
      username: 'usernameMissing',
      displayName: 'displayNameMissing',
      role: 'roleMissing',
    });
  });

  it('needs a village only for a village head', () => {
    expect(checkDraft({ ...draft, role: 'village' }, 'create').fields).toEqual({
      villageId: 'villageRequired',
    });
    expect(hasProblems(checkDraft({ ...draft, role: 'village', villageId: 2 }, 'create'))).toBe(
      false,
    );
  });

  it('does not ask for a username when editing (it cannot change)', () => {
    expect(hasProblems(checkDraft({ ...draft, username: '' }, 'edit'))).toBe(false);
  });
});

describe('problemsFromFailure', () => {
  it('puts a taken username next to the username', () => {
    expect(problemsFromFailure(http(409, 'username-taken')).fields).toEqual({
      username: 'usernameTaken',
    });
  });

  it('puts the village rules next to the village', () => {
    expect(problemsFromFailure(http(422, 'village-required')).fields).toEqual({
      villageId: 'villageRequired',
    });
    expect(problemsFromFailure(http(422, 'unknown-village')).fields).toEqual({
      villageId: 'unknownVillage',
    });
  });

  it('explains a username the API refuses by its field in the details', () => {
    const failure = http(400, 'invalid-request', [{ path: 'username', message: 'pattern' }]);
    expect(problemsFromFailure(failure)).toEqual({
      fields: { username: 'usernameFormat' },
      form: null,
    });
  });

  it('refuses to lock out the administrator themselves as a form message', () => {
    expect(problemsFromFailure(http(409, 'own-account'))).toEqual({
      fields: {},
      form: { problem: 'ownAccount' },
    });
  });

  it('says what else went wrong, with the status for a server error', () => {
    expect(problemsFromFailure(networkError('/api/users')).form).toEqual({ problem: 'network' });
    expect(problemsFromFailure(http(500, 'internal')).form).toEqual({
      problem: 'server',
      status: 500,
    });
    expect(problemsFromFailure(http(403, 'forbidden')).form).toEqual({ problem: 'forbidden' });
  });
});
