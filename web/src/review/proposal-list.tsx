import { useTranslation } from 'react-i18next';
import type { Proposal } from '../api/proposal-client';
import { InlineLoadFailed, InlineSpinner } from '../ui/load-status';
import type { ProposalsState } from './use-proposals';
import { formatInstant } from './use-proposals';

const nameOf = (p: Proposal) => p.after?.properties.name ?? p.before?.properties.name ?? '';

interface ProposalListProps {
  state: ProposalsState;
  onRetry: () => void;
  /** For reviewers: open one; without it the list only reports (the village head's view). */
  onOpen?: (proposal: Proposal) => void;
  selectedId?: number | null;
  emptyText: string;
}

/** Proposals with their state: pending, or decided (by whom, when, and why if rejected). */
export function ProposalList({ state, onRetry, onOpen, selectedId, emptyText }: ProposalListProps) {
  const { t } = useTranslation();
  const proposals = state.proposals ?? [];
  if (state.status === 'error' && proposals.length === 0) {
    return <InlineLoadFailed text={t('proposals.loadFailed')} onRetry={onRetry} />;
  }
  if (state.status === 'loading' && proposals.length === 0) {
    return <InlineSpinner text={t('proposals.loading')} />;
  }
  if (proposals.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className="stack-list">
      {proposals.map((p) => {
        const body = (
          <>
            <span className="proposal-line">
              <span className={`badge badge-proposal-${p.status}`}>
                {t(`proposals.status.${p.status}`)}
              </span>
              <span className="proposal-action">{t(`proposals.action.${p.action}`)}</span>
            </span>
            <strong className="proposal-name">{nameOf(p)}</strong>
            <span className="muted">
              {t('proposals.proposedBy', {
                name: p.proposedBy.displayName,
                village: p.village.name,
                at: formatInstant(p.proposedAt),
              })}
            </span>
            {p.status === 'rejected' && p.reason && (
              <span className="proposal-reason">{t('proposals.reason', { reason: p.reason })}</span>
            )}
            {p.decidedBy && p.decidedAt && (
              <span className="muted">
                {t('proposals.decidedBy', {
                  name: p.decidedBy.displayName,
                  at: formatInstant(p.decidedAt),
                })}
              </span>
            )}
          </>
        );
        return (
          <li key={p.id} data-proposal={p.id}>
            {onOpen ? (
              <button
                type="button"
                className="proposal-item"
                aria-pressed={selectedId === p.id}
                onClick={() => onOpen(p)}
              >
                {body}
              </button>
            ) : (
              <div className="proposal-item">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
