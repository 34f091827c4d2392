import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DuplicateCandidate,
  type Reporter,
  type Tip,
  type TipEvent,
  type TipStatus,
  tipFilesClient,
} from '../api/tip-client';
import { formatInstant } from '../review/use-proposals';
import { tipStatusColors } from '../theme/colors';
import { Fact } from '../ui/fact';
import { FormProblem } from '../ui/form/form-actions';
import { TextAreaField } from '../ui/form/text-field';
import { SideCard } from '../ui/side-card';
import { CircleSwatch } from '../ui/swatch';
import { TipFiles } from './tip-files';
import { TipStepForm } from './tip-step-form';

export type TipActions = {
  move: (
    to: TipStatus,
    step: { note: string; transferredTo?: string; documentNumber?: string },
  ) => void;
  extend: (reason: string) => void;
  showReporter: () => void;
  findDuplicates: () => void;
  linkDuplicate: (of: number) => void;
  unlinkDuplicate: () => void;
};

interface TipCardProps {
  tip: Tip & { events: TipEvent[] };
  reporter: Reporter | null | 'hidden';
  duplicates: DuplicateCandidate[] | null;
  busy: boolean;
  error: string | null;
  actions: TipActions;
  onClose: () => void;
}

const vnDate = formatInstant;

/** One tip for the police: what, where, how it stands against its deadline, its steps, what next. */
export function TipCard({
  tip,
  reporter,
  duplicates,
  busy,
  error,
  actions,
  onClose,
}: TipCardProps) {
  const { t } = useTranslation();
  const p = tip.properties;
  const [step, setStep] = useState<TipStatus | null>(null);
  const [extending, setExtending] = useState(false);
  const [reason, setReason] = useState('');

  const reasonOf = (d: DuplicateCandidate) =>
    [
      d.sameBusiness && t('tips.duplicateReason.business'),
      d.distanceMeters !== null &&
        d.distanceMeters <= 150 &&
        t('tips.duplicateReason.distance', { meters: d.distanceMeters }),
      d.textSimilarity >= 0.45 &&
        t('tips.duplicateReason.text', { percent: `${Math.round(d.textSimilarity * 100)}%` }),
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <SideCard
      className="tip-card"
      kicker={t(`tips.categories.${p.category}`)}
      title={t('tips.number', { id: tip.id })}
      details={
        <p className="badges">
          <span className="badge tip-status">
            <CircleSwatch color={tipStatusColors[p.status]} /> {t(`tips.status.${p.status}`)}
          </span>
          {p.due && <span className={`badge badge-due-${p.due}`}>{t(`tips.due.${p.due}`)}</span>}
        </p>
      }
      closeLabel={t('tips.close')}
      onClose={onClose}
    >
      <dl className="facts">
        <Fact term={t('tips.receivedAt')}>{vnDate(p.receivedAt)}</Fact>
        <Fact term={t('tips.channel')}>{t(`tips.channels.${p.channel}`)}</Fact>
        <Fact term={t('tips.deadline')}>{p.deadline && vnDate(p.deadline)}</Fact>
        <Fact term={t('tips.business')}>{p.businessName}</Fact>
        <Fact term={t('tips.address')}>{p.address}</Fact>
      </dl>
      <p className="tip-description">{p.description}</p>
      {p.precisionMeters > 0 && (
        <p className="muted">{t('tips.approximate', { meters: p.precisionMeters })}</p>
      )}
      {p.duplicateOf && (
        <p className="review-note">{t('tips.duplicateOf', { id: p.duplicateOf })}</p>
      )}
      {p.transferredTo && (
        <p className="muted">
          {t('tips.transferred', { to: p.transferredTo, doc: p.transferDocument ?? '—' })}
        </p>
      )}
      {p.extendedUntil && (
        <p className="muted">
          {t('tips.extended', { date: vnDate(p.extendedUntil), reason: p.extensionReason ?? '' })}
        </p>
      )}

      <h3>{t('tips.history')}</h3>
      <ol className="tip-history">
        {tip.events.map((e) => (
          <li key={`${e.at}-${e.toStatus}`}>
            <strong>{t(`tips.status.${e.toStatus}`)}</strong> · {vnDate(e.at)}
            {e.user && <> · {e.user.displayName}</>}
            {e.note && <span className="muted"> — {e.note}</span>}
          </li>
        ))}
      </ol>

      <FormProblem text={error} />
      {step ? (
        <TipStepForm
          key={step}
          to={step}
          busy={busy}
          onSubmit={(s) => actions.move(step, s)}
          onCancel={() => setStep(null)}
        />
      ) : (
        p.next.length > 0 && (
          <div className="form-buttons tip-steps">
            {p.next.map((to) => (
              <button
                key={to}
                type="button"
                className="button"
                onClick={() => setStep(to)}
                disabled={busy}
              >
                {t(`tips.step.${to}`)}
              </button>
            ))}
          </div>
        )
      )}

      {p.next.length > 0 && !p.extendedUntil && (
        <details
          className="tip-more"
          open={extending}
          onToggle={(e) => setExtending(e.currentTarget.open)}
        >
          <summary>{t('tips.extend')}</summary>
          <TextAreaField
            label={t('tips.extendReason')}
            rows={2}
            value={reason}
            onChange={setReason}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || reason.trim().length < 3}
            onClick={() => actions.extend(reason.trim())}
          >
            {t('tips.extendConfirm')}
          </button>
        </details>
      )}

      <div className="tip-more">
        {reporter === 'hidden' ? (
          <>
            <SideAction busy={busy} onClick={actions.showReporter}>
              {t('tips.reporterShow')}
            </SideAction>
            <p className="muted">{t('tips.reporterNote')}</p>
          </>
        ) : reporter === null ? (
          <p className="muted">{t('tips.reporterNone')}</p>
        ) : (
          <dl className="facts">
            <Fact term={t('tips.reporterName')}>{reporter.name ?? '—'}</Fact>
            <Fact term={t('tips.reporterPhone')}>{reporter.phone ?? '—'}</Fact>
          </dl>
        )}
      </div>

      <TipFiles tipId={tip.id} client={tipFilesClient} canAdditions />

      <div className="tip-more">
        {p.duplicateOf ? (
          <SideAction busy={busy} onClick={actions.unlinkDuplicate}>
            {t('tips.unmarkDuplicate')}
          </SideAction>
        ) : duplicates === null ? (
          <SideAction busy={busy} onClick={actions.findDuplicates}>
            {t('tips.findDuplicates')}
          </SideAction>
        ) : duplicates.length === 0 ? (
          <p className="muted">{t('tips.noDuplicates')}</p>
        ) : (
          <ul className="stack-list">
            {duplicates.map((d) => (
              <li key={d.id} className="proposal-item">
                <strong>
                  #{d.id} · {t(`tips.categories.${d.category}`)}
                </strong>
                <span className="muted">
                  {vnDate(d.receivedAt)} · {t(`tips.status.${d.status}`)} · {reasonOf(d)}
                </span>
                <SideAction busy={busy} onClick={() => actions.linkDuplicate(d.id)}>
                  {t('tips.markDuplicate', { id: d.id })}
                </SideAction>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SideCard>
  );
}

/** A step beside the tip's main ones (show the reporter, duplicates), off while another runs. */
function SideAction(props: { busy: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={props.onClick}
      disabled={props.busy}
    >
      {props.children}
    </button>
  );
}
