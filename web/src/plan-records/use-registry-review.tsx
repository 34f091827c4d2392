import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { FormProblem } from '../ui/form/form-actions';
import { ModalActions } from '../ui/modal-actions';
import './plan-records.css';
import { registryReviewOutcomes } from '@ntm/db/schema/values';
import { type FormEvent, type ReactNode, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import type { BusinessFeature } from '../api/geo-types';
import { planRecordsClient } from '../api/plan-records-client';
import { mayCall } from '../auth/permissions';
import { failureText } from '../ui/failure-text';
import { DateField } from '../ui/form/date-field';
import { TextAreaField } from '../ui/form/text-field';
import { useDraft } from '../ui/form/use-draft';
import { Modal } from '../ui/modal';
import type { Notice } from '../ui/notice-banner';
import { refusalText } from './use-notice';

type Outcome = (typeof registryReviewOutcomes)[number];
type Target = { id: number; name: string };

/**
 * "Đã rà soát" in a business's popup (police and culture, indicator b): a small dialog asks
 * what the review found, and the registry review is recorded. `onReviewed` lets the map reload
 * the premises (its "reviewed on" moves, a closed one greys out).
 */
export function useRegistryReview({
  session,
  onReviewed,
}: {
  session: Session;
  onReviewed?: () => void;
}) {
  const { t } = useTranslation();
  const enabled = mayCall(session.role, 'POST /api/businesses/:id/reviews');
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const businessActions = useCallback(
    (business: BusinessFeature, close: () => void): ReactNode =>
      business.properties.status === 'closed' ? null : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            close();
            setNotice(null);
            setTarget({ id: Number(business.id), name: business.properties.name });
          }}
        >
          {t('registryReview.action')}
        </button>
      ),
    [t],
  );

  if (!enabled) {
    return { businessActions: undefined, view: null, notice: null, dismissNotice: () => {} };
  }
  const view = target && (
    <ReviewDialog
      target={target}
      onCancel={() => setTarget(null)}
      onDone={() => {
        setNotice({ tone: 'success', text: t('registryReview.done', { name: target.name }) });
        setTarget(null);
        onReviewed?.();
      }}
    />
  );
  return { businessActions, view, notice, dismissNotice: () => setNotice(null) };
}

function ReviewDialog({
  target,
  onCancel,
  onDone,
}: {
  target: Target;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>('confirmed');
  const { draft, bind } = useDraft({ reviewedOn: vietnamToday(), note: '' });
  const { reviewedOn, note } = draft;
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const result = await planRecordsClient.reviewBusiness(target.id, {
      outcome,
      reviewedOn,
      note: note.trim() || null,
    });
    setPending(false);
    if (!result.ok) {
      return setProblem(
        refusalText(result.failure, (f) =>
          t('registryReview.failed', { reason: failureText(t, f) }),
        ),
      );
    }
    onDone();
  }

  return (
    <Modal title={t('registryReview.title', { name: target.name })} onDismiss={onCancel}>
      <form className="review-form" noValidate onSubmit={submit}>
        <p className="muted">{t('registryReview.intro')}</p>
        <fieldset className="form-field">
          <legend className="field-label">{t('registryReview.outcome')}</legend>
          {registryReviewOutcomes.map((o) => (
            <label key={o} className="choice">
              <input
                type="radio"
                name={`${id}-outcome`}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
              />{' '}
              {t(`registryReview.outcomes.${o}`)}
            </label>
          ))}
        </fieldset>
        <DateField
          label={t('registryReview.reviewedOn')}
          min="2020-01-01"
          max={vietnamToday()}
          {...bind('reviewedOn')}
        />
        <TextAreaField
          label={t('registryReview.note')}
          rows={2}
          maxLength={1000}
          {...bind('note')}
        />
        <FormProblem text={problem} />
        <ModalActions onCancel={onCancel} cancelLabel={t('registryReview.cancel')}>
          <button type="submit" className="button" aria-disabled={pending || undefined}>
            {pending ? t('planRecords.saving') : t('registryReview.save')}
          </button>
        </ModalActions>
      </form>
    </Modal>
  );
}
