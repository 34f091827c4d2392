import type { Env } from '../env';
import { type DeadlineRules, defaultDeadlineRules } from './deadlines';

/** The deadlines in force: the defaults, with the days the instance configures. */
export function tipRules(
  env: Partial<Pick<Env, 'TIP_VERIFY_DAYS' | 'TIP_CLASSIFY_DAYS' | 'TIP_RESOLVE_DAYS'>>,
): DeadlineRules {
  return {
    ...defaultDeadlineRules,
    verifyDays: env.TIP_VERIFY_DAYS ?? defaultDeadlineRules.verifyDays,
    classifyDays: env.TIP_CLASSIFY_DAYS ?? defaultDeadlineRules.classifyDays,
    resolveDays: env.TIP_RESOLVE_DAYS ?? defaultDeadlineRules.resolveDays,
  };
}
