import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposedBusiness } from '../api/proposal-client';
import { formatInteger } from '../i18n/format';
import { ColumnHeads } from '../ui/column-heads';
import { FormProblem } from '../ui/form/form-actions';
import { FormButtons } from '../ui/form/form-buttons';
import { TextAreaField } from '../ui/form/text-field';
import { SideCard } from '../ui/side-card';

type Field = 'name' | 'type' | 'address' | 'owner' | 'phone' | 'licensedTrade' | 'status';
const fields: Field[] = ['name', 'type', 'address', 'owner', 'phone', 'licensedTrade', 'status'];

/** Great-circle distance in metres (haversine): enough for "moved 35 m". */
export function metresBetween([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const [a1, a2] = [(lat1 ?? 0) * rad, (lat2 ?? 0) * rad];
  const dLat = a2 - a1;
  const dLng = ((lng2 ?? 0) - (lng1 ?? 0)) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a1) * Math.cos(a2) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

interface ReviewCardProps {
  proposal: Proposal;
  busy: boolean;
  error: string | null;
  onApprove: () => void;
  onReject: (reason: string) => void;
  onClose: () => void;
}

/** One proposal side by side with the business as it is, and the reviewer's decision. */
export function ReviewCard({
  proposal,
  busy,
  error,
  onApprove,
  onReject,
  onClose,
}: ReviewCardProps) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { before, after } = proposal;
  const name = after?.properties.name ?? before?.properties.name ?? '';

  const show = (business: ProposedBusiness | null, field: Field) => {
    const value = business?.properties[field];
    if (value === null || value === undefined || value === '')
      return <span className="muted">—</span>;
    if (field === 'type')
      return t(`businessType.${value as ProposedBusiness['properties']['type']}`);
    if (field === 'status')
      return t(`businessStatus.${value as ProposedBusiness['properties']['status']}`);
    return String(value);
  };
  const changed = (field: string) =>
    proposal.action === 'update' ? proposal.changed.includes(field) : proposal.action === 'create';
  const moved =
    before && after ? metresBetween(before.geometry.coordinates, after.geometry.coordinates) : null;

  function confirmReject(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) return setProblem(t('review.reasonTooShort'));
    setProblem(null);
    onReject(reason.trim());
  }

  return (
    <SideCard
      kicker={t(`proposals.action.${proposal.action}`)}
      title={name}
      details={
        <p className="muted">
          {proposal.village.name} · {proposal.proposedBy.displayName}
        </p>
      }
      closeLabel={t('review.close')}
      onClose={onClose}
    >
      {proposal.action === 'create' && <p className="review-note">{t('review.newNote')}</p>}
      {proposal.action === 'delete' && <p className="review-note">{t('review.deleteNote')}</p>}
      <table className="diff-table">
        <ColumnHeads
          cellClassName="diff-cell diff-head"
          columns={[t('review.field'), t('review.current'), t('review.proposed')]}
        />
        <tbody>
          {fields.map((field) => (
            <tr key={field} className={changed(field) ? 'changed' : undefined}>
              <th scope="row" className="diff-cell diff-label">
                {t(`edit.${field}`)}
              </th>
              <td className="diff-cell">{show(before, field)}</td>
              <td className="diff-cell">{show(after, field)}</td>
            </tr>
          ))}
          <tr className={changed('geometry') ? 'changed' : undefined}>
            <th scope="row" className="diff-cell diff-label">
              {t('review.position')}
            </th>
            <td className="diff-cell">
              <span className="diff-dot diff-dot-before" aria-hidden="true" />{' '}
              {before ? t('proposals.legendBefore') : '—'}
            </td>
            <td className="diff-cell">
              <span className="diff-dot diff-dot-after" aria-hidden="true" />{' '}
              {after
                ? moved && moved >= 1
                  ? t('review.moved', { meters: formatInteger(Math.round(moved)) })
                  : before
                    ? t('review.same')
                    : t('proposals.legendAfter')
                : '—'}
            </td>
          </tr>
        </tbody>
      </table>
      <FormProblem text={problem ?? error} />
      {proposal.status === 'pending' &&
        (rejecting ? (
          <form className="reject-form" onSubmit={confirmReject}>
            <TextAreaField
              label={t('review.reasonLabel')}
              rows={3}
              value={reason}
              maxLength={500}
              onChange={setReason}
            />
            <FormButtons onCancel={() => setRejecting(false)} className="review-decision">
              <button type="submit" className="button button-danger" disabled={busy}>
                {t('review.confirmReject')}
              </button>
            </FormButtons>
          </form>
        ) : (
          <div className="form-buttons review-decision">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setRejecting(true)}
              disabled={busy}
            >
              {t('review.reject')}
            </button>
            <button
              type="button"
              className="button"
              onClick={onApprove}
              disabled={busy}
              aria-busy={busy}
            >
              {t('review.approve')}
            </button>
          </div>
        ))}
    </SideCard>
  );
}
