import { useCallback, useEffect, useRef, useState } from 'react';
import type { Proposal, ProposalClient, ProposalStatus } from '../api/proposal-client';
import { formatClockTime, formatCommuneDate } from '../i18n/format';

export type ProposalsState =
  | { status: 'loading'; proposals: Proposal[] | null }
  | { status: 'ready'; proposals: Proposal[] }
  | { status: 'error'; proposals: Proposal[] | null };

/** The proposals the account may see (the API scopes a village head to their village). */
export function useProposals(client: ProposalClient, status?: ProposalStatus, enabled = true) {
  const [state, setState] = useState<ProposalsState>({ status: 'loading', proposals: null });
  const generation = useRef(0);
  const reload = useCallback(() => {
    if (!enabled) return;
    const mine = ++generation.current;
    setState((previous) => ({ status: 'loading', proposals: previous.proposals }));
    client.list(status).then(
      (answer) => {
        if (mine === generation.current) setState({ status: 'ready', proposals: answer.proposals });
      },
      (error: unknown) => {
        console.error('Loading proposals failed:', error);
        if (mine === generation.current) {
          setState((previous) => ({ status: 'error', proposals: previous.proposals }));
        }
      },
    );
  }, [client, status, enabled]);
  useEffect(() => {
    reload();
    return () => {
      generation.current++;
    };
  }, [reload]);
  return { state, reload };
}

/** "14:05, 29/11/2026" in the commune's time. */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  return `${formatClockTime(at)}, ${formatCommuneDate(at)}`;
}
