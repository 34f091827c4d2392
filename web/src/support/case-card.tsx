import { supportServices } from '@ntm/db/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ReferralOutcome,
  type SupportCaseWithReferrals,
  type SupportReferral,
  type SupportService,
  supportClient,
} from '../api/support-client';
import { formatCalendarDate } from '../i18n/format';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { TermList } from '../ui/term-list';
import { DayForm } from './day-form';
import { problemText } from './support-text';

interface CaseCardProps {
  found: SupportCaseWithReferrals;
  onChanged: (changed: SupportCaseWithReferrals) => void;
  onClose: () => void;
}

const day = (value: string | null) => (value ? formatCalendarDate(value) : '—');

/** One case: its dates and needs, its referrals with their outcomes, and what to do next. */
export function CaseCard({ found, onChanged, onClose }: CaseCardProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(write: () => Promise<SupportCaseWithReferrals>) {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await write());
      return true;
    } catch (cause) {
      setProblem(t('support.failed', { reason: problemText(cause) }));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="support-card" aria-labelledby="support-card-title" data-case={found.code}>
      <header className="support-card-head">
        <h2 id="support-card-title">
          {t('support.card.title', { code: found.code })}{' '}
          <span className={`state support-status-${found.status}`}>
            {t(`support.status.${found.status}`)}
          </span>
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('support.card.close')}
        </button>
      </header>
      <TermList
        className="support-facts"
        terms={[
          [t('support.village'), found.villageName ?? t('support.noVillage')],
          [t('support.openedOn'), day(found.openedOn)],
          [t('support.card.consentOn'), day(found.consentOn)],
          [t('support.card.counselledOn'), day(found.counselledOn)],
          [
            t('support.card.eligible'),
            found.eligible ? t('support.card.yes') : t('support.card.no'),
          ],
          [t('support.card.needs'), found.needs.map((s) => t(`support.services.${s}`)).join(', ')],
          found.closedOn ? [t('support.card.closedOn'), day(found.closedOn)] : null,
          found.note ? [t('support.card.note'), found.note, 'support-note'] : null,
        ]}
      />

      <h3 className="support-subtitle">{t('support.card.referrals')}</h3>
      {found.referrals.length === 0 ? (
        <p className="muted">{t('support.card.noReferrals')}</p>
      ) : (
        <ul className="support-referrals">
          {found.referrals.map((r) => (
            <ReferralItem
              key={r.id}
              referral={r}
              busy={busy}
              onOutcome={(outcome, outcomeOn) =>
                run(() => supportClient.outcome(r.id, { outcome, outcomeOn }))
              }
            />
          ))}
        </ul>
      )}
      {found.status !== 'closed' && (
        <ReferralForm
          openedOn={found.openedOn}
          needs={found.needs}
          busy={busy}
          onRefer={(service, referredOn) =>
            run(() => supportClient.refer(found.id, { service, referredOn }))
          }
        />
      )}
      {found.status !== 'closed' && (
        <CloseForm
          openedOn={found.openedOn}
          busy={busy}
          onCloseCase={(closedOn) => run(() => supportClient.update(found.id, { closedOn }))}
        />
      )}
      <p className="field-problem" role="alert">
        {problem}
      </p>
    </article>
  );
}

function ReferralItem({
  referral,
  busy,
  onOutcome,
}: {
  referral: SupportReferral;
  busy: boolean;
  onOutcome: (outcome: Exclude<ReferralOutcome, 'pending'>, on: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Exclude<ReferralOutcome, 'pending'>>('connected');
  return (
    <li data-referral={referral.id}>
      <div className="support-referral-line">
        <strong>{t(`support.services.${referral.service}`)}</strong>
        <span className="muted">
          {t('support.card.referredOn')} {formatCalendarDate(referral.referredOn)}
        </span>
        <span className={`state support-outcome-${referral.outcome}`}>
          {t(`support.outcomes.${referral.outcome}`)}
          {referral.outcomeOn ? ` · ${formatCalendarDate(referral.outcomeOn)}` : ''}
        </span>
      </div>
      {referral.outcome === 'pending' && (
        <DayForm
          dayLabel={t('support.card.outcomeOn')}
          min={referral.referredOn}
          submitLabel={t('support.card.setOutcome')}
          busy={busy}
          onSubmit={(on) => onOutcome(outcome, on)}
        >
          <SelectField
            label={t('support.card.outcome')}
            name="outcome"
            value={outcome}
            onChange={(value) => setOutcome(value as typeof outcome)}
          >
            <Options
              values={['connected', 'declined', 'not-eligible'] as const}
              label={(o) => t(`support.outcomes.${o}`)}
            />
          </SelectField>
        </DayForm>
      )}
    </li>
  );
}

function ReferralForm({
  openedOn,
  needs,
  busy,
  onRefer,
}: {
  openedOn: string;
  needs: SupportService[];
  busy: boolean;
  onRefer: (service: SupportService, on: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [service, setService] = useState<SupportService>(needs[0] ?? 'health');
  return (
    <DayForm
      name={t('support.card.addReferral')}
      dayLabel={t('support.card.referredOn')}
      min={openedOn}
      submitLabel={t('support.card.addReferral')}
      busy={busy}
      onSubmit={(on) => onRefer(service, on)}
    >
      <SelectField
        label={t('support.card.service')}
        name="service"
        value={service}
        onChange={(value) => setService(value as SupportService)}
      >
        <Options values={supportServices} label={(s) => t(`support.services.${s}`)} />
      </SelectField>
    </DayForm>
  );
}

function CloseForm({
  openedOn,
  busy,
  onCloseCase,
}: {
  openedOn: string;
  busy: boolean;
  onCloseCase: (on: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  return (
    <DayForm
      name={t('support.card.closeCase')}
      dayLabel={t('support.card.closeOn')}
      min={openedOn}
      submitLabel={t('support.card.closeCase')}
      secondary
      busy={busy}
      onSubmit={onCloseCase}
    />
  );
}
