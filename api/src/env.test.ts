import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('takes the app database URL given to the process over the local cluster file', () => {
    const url = 'postgres://ntm_app:secret@127.0.0.1:5432/elsewhere';
    expect(parseEnv({ APP_DATABASE_URL: url }).APP_DATABASE_URL).toBe(url);
  });

  it('names the variable when a value is wrong', () => {
    expect(() => parseEnv({ APP_DATABASE_URL: 'postgres://a@b/c', PORT: 'eighty' })).toThrow(
      /PORT/,
    );
  });
});
