import { userRoles } from '@ntm/db/schema/values';
import type { User } from '../api/admin-client';

/**
 * The API's order (role in its enum order, then username, compared as the C collation does), so
 * an account created or changed on the page sits where a reload would put it.
 */
function inListOrder(users: User[]): User[] {
  return [...users].sort(
    (a, b) =>
      userRoles.indexOf(a.role) - userRoles.indexOf(b.role) ||
      (a.username < b.username ? -1 : a.username > b.username ? 1 : 0),
  );
}

/** The list with `user` added or put in place of its old version. */
export function withUser(users: User[], user: User): User[] {
  return inListOrder([...users.filter((u) => u.id !== user.id), user]);
}
