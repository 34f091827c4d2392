import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import { type RoundStop, routePlanClient } from '../api/route-plan-client';
import { keepCopy, keptCopy } from '../offline/kept-copy';
import { addDays } from '../risk/calendar-days';

export type RoundStopsState =
  | { status: 'loading' }
  | { status: 'ready'; stops: RoundStop[]; savedAt: number | null }
  | { status: 'offline' };

/** How many days ahead of today the schedule shows the saved rounds. */
export const roundDaysAhead = 7;

const cacheKey = (userId: string) => `ntm.round-stops.${userId}`;

/**
 * The stops of the rounds planned at /tuyen-kiem-tra from today (commune time) for a week:
 * part of the team's schedule. Kept on the phone like the schedule, for the door without a
 * connection. `enabled` is false for a role that may not read route plans.
 */
export function useRoundStops(userId: string, enabled: boolean) {
  const [state, setState] = useState<RoundStopsState>(
    enabled ? { status: 'loading' } : { status: 'ready', stops: [], savedAt: null },
  );

  const reload = useCallback(async () => {
    if (!enabled) return;
    const today = vietnamToday();
    try {
      const { stops } = await routePlanClient.stops(today, addDays(today, roundDaysAhead));
      keepCopy(cacheKey(userId), { stops });
      setState({ status: 'ready', stops, savedAt: null });
    } catch (error) {
      const kept = keptCopy<{ stops: RoundStop[] }>(cacheKey(userId));
      const today = vietnamToday();
      if (error instanceof ApiError && error.kind === 'network' && kept) {
        setState({
          status: 'ready',
          savedAt: kept.savedAt,
          stops: kept.stops.filter((s) => s.date >= today),
        });
      } else {
        setState({ status: 'offline' });
      }
    }
  }, [enabled, userId]);

  useEffect(() => {
    void reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [reload]);

  return { state, reload };
}
