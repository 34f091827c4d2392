import { type DeadlineRules, defaultDeadlineRules } from './deadlines';

/** The deadline settings an instance may configure (days; api/src/env.ts reads them). */
export type TipRuleSettings = {
  TIP_VERIFY_DAYS?: number | undefined;
  TIP_CLASSIFY_DAYS?: number | undefined;
  TIP_RESOLVE_DAYS?: number | undefined;
};

/** The settings the indicators and reports read: the commune and its tip deadlines. */
export type CommuneSettings = TipRuleSettings & { COMMUNE_CODE: string };

/** The deadlines in force: the defaults, with the days the instance configures. */
export function tipRules(env: TipRuleSettings): DeadlineRules {
  return {
    ...defaultDeadlineRules,
    verifyDays: env.TIP_VERIFY_DAYS ?? defaultDeadlineRules.verifyDays,
    classifyDays: env.TIP_CLASSIFY_DAYS ?? defaultDeadlineRules.classifyDays,
    resolveDays: env.TIP_RESOLVE_DAYS ?? defaultDeadlineRules.resolveDays,
  };
}
