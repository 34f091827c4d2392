import { useEffect, useState } from 'react';
import { loadRoutePlan, type PlanLoad } from './route-plan-client';

/** The saved plan `planId` (null: none asked for), reloaded when the id changes. */
export function useRoutePlan(planId: number | null): PlanLoad {
  const [state, setState] = useState<PlanLoad>({ status: 'loading' });
  useEffect(() => {
    if (planId === null) return;
    let current = true;
    setState({ status: 'loading' });
    loadRoutePlan(planId).then(
      (load) => {
        if (current) setState(load);
      },
      (error: unknown) => {
        console.error(error);
        if (current) setState({ status: 'error', failure: 'other' });
      },
    );
    return () => {
      current = false;
    };
  }, [planId]);
  return state;
}
