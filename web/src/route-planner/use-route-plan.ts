import { type PlanChange, reoptimise } from '@ntm/solver/routes/reoptimise';
import type { RoutePlan } from '@ntm/solver/routes/route-plan';
import type { RoutesInput } from '@ntm/solver/routes/routes-input';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type PlanAnswer, type RoutePlanBody, routePlanClient } from '../api/route-plan-client';
import { teamOrders } from './plan-view';

export type PlanStatus =
  | { kind: 'idle' }
  | { kind: 'working'; what: 'plan' | 'load' | 'save' }
  | { kind: 'failed'; what: 'plan' | 'load' | 'save'; error: unknown };

/** Why the last drag changed nothing, for the planner to read. */
type MoveRefusal = { stopId: number; toTeam: number; message: string };

/**
 * The plan on the planner screen: the stored answer, and the plan being edited. A drag is
 * re-optimised here in the browser with the solver's `reoptimise` (the same code and matrix
 * the server used), so the lists and the map change at once; "save" sends the new order and
 * the server recomputes and checks it. `lastMoveMs` is how long the last re-optimisation took
 * (the end-to-end test reads it from the page; the goal is under 50 ms for 300 stops).
 */
export function useRoutePlan() {
  const [answer, setAnswer] = useState<PlanAnswer | null>(null);
  const [plan, setPlan] = useState<RoutePlan | null>(null);
  const [status, setStatus] = useState<PlanStatus>({ kind: 'idle' });
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const [lastMoveMs, setLastMoveMs] = useState<number | null>(null);
  // Ignore answers to requests that a newer one has replaced.
  const request = useRef(0);

  const input = useMemo<RoutesInput | null>(
    () =>
      answer && {
        ...answer.solver.input,
        matrix: {
          duration: answer.matrix.durationsSeconds,
          distance: answer.matrix.distancesMeters,
        },
      },
    [answer],
  );

  // One throwaway re-optimisation while the browser is idle, so that the planner's first drag
  // does not also pay for compiling the solver (a cold first call can take twice as long).
  useEffect(() => {
    if (!input || !answer) return;
    const route = answer.solver.plan.routes.find((r) => r.stops.length > 0);
    const stop = route?.stops[0];
    if (!route || !stop) return;
    const warm = setTimeout(() => {
      reoptimise(input, answer.solver.plan, { stopId: stop.id, toVehicleId: route.vehicleId });
    }, 300);
    return () => clearTimeout(warm);
  }, [input, answer]);

  const run = useCallback(
    async (what: 'plan' | 'load' | 'save', call: () => Promise<PlanAnswer>) => {
      const mine = ++request.current;
      setStatus({ kind: 'working', what });
      try {
        const next = await call();
        if (mine !== request.current) return null;
        setAnswer(next);
        setPlan(next.solver.plan);
        setRefusal(null);
        setStatus({ kind: 'idle' });
        return next;
      } catch (error) {
        if (mine === request.current) setStatus({ kind: 'failed', what, error });
        return null;
      }
    },
    [],
  );

  const create = useCallback(
    (body: RoutePlanBody) => run('plan', () => routePlanClient.create(body)),
    [run],
  );
  const load = useCallback((id: number) => run('load', () => routePlanClient.get(id)), [run]);
  const save = useCallback(() => {
    if (!answer || !plan) return Promise.resolve(null);
    const orders = teamOrders(answer, plan);
    return run('save', () => routePlanClient.saveTeams(answer.id, orders));
  }, [answer, plan, run]);

  /** Moves a stop (or an unfitted premises) to a team, at `position` or where it costs least. */
  const move = useCallback(
    (change: { stopId: number; toTeam: number; position?: number }) => {
      if (!input || !plan) return false;
      const solverChange: PlanChange = {
        stopId: change.stopId,
        toVehicleId: change.toTeam,
        ...(change.position === undefined ? {} : { position: change.position }),
      };
      const began = performance.now();
      const result = reoptimise(input, plan, solverChange);
      const ms = performance.now() - began;
      setLastMoveMs(ms);
      if (!result.ok) {
        setRefusal({ stopId: change.stopId, toTeam: change.toTeam, message: result.reason });
        return false;
      }
      setRefusal(null);
      setPlan(result.plan);
      return true;
    },
    [input, plan],
  );

  /** Back to the stored order. */
  const discard = useCallback(() => {
    if (answer) setPlan(answer.solver.plan);
    setRefusal(null);
  }, [answer]);

  const dirty = useMemo(() => {
    if (!answer || !plan) return false;
    return (
      JSON.stringify(teamOrders(answer, plan)) !==
      JSON.stringify(teamOrders(answer, answer.solver.plan))
    );
  }, [answer, plan]);

  return { answer, plan, status, refusal, lastMoveMs, dirty, create, load, save, move, discard };
}
