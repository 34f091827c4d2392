import { describe, expect, it } from 'vitest';
import type { User } from '../api/admin-client';
import { withUser } from './user-order';

const user = (id: number, username: string, role: User['role']): User => ({
  id,
  username,
  displayName: username,
  role,
  villageId: null,
  villageName: null,
  communeCode: '11284',
  active: true,
  failedLogins: 0,
  mustChangePassword: false,
});

describe('withUser', () => {
  const list = [
    user(1, 'lanhdao', 'leadership'),
    user(2, 'congan', 'police'),
    user(3, 'admin', 'admin'),
  ];

  it('puts a new account among those of its role, by username', () => {
    const added = withUser(list, user(4, 'congan-2', 'police'));
    expect(added.map((u) => u.username)).toEqual(['lanhdao', 'congan', 'congan-2', 'admin']);
  });

  it('replaces a changed account and moves it with its new role', () => {
    const changed = withUser(list, { ...user(2, 'congan', 'admin'), active: false });
    expect(changed.map((u) => u.username)).toEqual(['lanhdao', 'admin', 'congan']);
    expect(changed.find((u) => u.id === 2)?.active).toBe(false);
  });
});
