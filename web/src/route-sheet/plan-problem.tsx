import { useTranslation } from 'react-i18next';
import { PageMessage } from '../ui/page-message';
import type { PlanQuery } from './plan-query';
import type { PlanFailure } from './route-plan-client';

type Problem =
  | { kind: 'query'; query: Extract<PlanQuery, { ok: false }> }
  | { kind: 'load'; planId: number; failure: PlanFailure }
  | { kind: 'team'; planId: number; team: number; count: number };

/** Why a field page shows no plan, in words: no id, a wrong team, 404, 403, no answer. */
export function PlanProblem({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  if (problem.kind === 'query') {
    return (
      <PageMessage
        title={t('routeSheet.noPlanTitle')}
        text={t(problem.query.reason === 'no-plan' ? 'routeSheet.noPlan' : 'routeSheet.badTeam')}
      />
    );
  }
  if (problem.kind === 'team') {
    return (
      <PageMessage
        title={t('routeSheet.noTeamTitle')}
        text={t('routeSheet.noTeam', {
          id: problem.planId,
          count: problem.count,
          team: problem.team,
        })}
      />
    );
  }
  const texts = {
    'not-found': ['routeSheet.notFoundTitle', 'routeSheet.notFound'],
    forbidden: ['routeSheet.forbiddenTitle', 'routeSheet.forbidden'],
    network: ['routeSheet.failedTitle', 'routeSheet.failed'],
    other: ['routeSheet.failedTitle', 'routeSheet.failed'],
  } as const;
  const [title, text] = texts[problem.failure];
  return <PageMessage title={t(title)} text={t(text, { id: problem.planId })} />;
}
