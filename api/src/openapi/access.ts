// Who may call an operation, from the one table the app enforces (auth/access-rules.ts).
import { nameOf, roleNames } from '@ntm/domain/catalogue/vi-names';
import { accessRules, type Rule } from '../auth/access-rules';

/** The rule of `METHOD /path` (Hono's path); a route without one is refused to everyone. */
export const ruleOf = (method: string, honoPath: string): Rule | undefined =>
  accessRules[`${method} ${honoPath}`];

/** The rule in Vietnamese, as the reference page and the operation's description say it. */
export function ruleText(rule: Rule | undefined): string {
  if (rule === undefined) return 'Không ai (chưa có quy tắc truy cập)';
  if (rule === 'public') return 'Công khai: không cần đăng nhập';
  if (rule === 'signed-in') return 'Mọi tài khoản đã đăng nhập';
  return rule.map((role) => nameOf(roleNames, role)).join(', ');
}

/** The rule as the `x-roles` extension carries it: `["public"]`, `["signed-in"]` or the roles. */
export const ruleRoles = (rule: Rule | undefined): readonly string[] =>
  rule === undefined ? [] : typeof rule === 'string' ? [rule] : rule;
