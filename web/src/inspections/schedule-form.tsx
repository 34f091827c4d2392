import { inspectionKinds } from '@ntm/db/schema/values';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoClient } from '../api/geo-client';
import type { BusinessFeature } from '../api/geo-types';
import {
  type Inspection,
  type InspectionKind,
  inspectionClient,
  type TeamMember,
} from '../api/inspection-client';
import { DateTimeField } from '../ui/form/date-time-field';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { RadioGroup } from '../ui/form/radio-group';
import { TextAreaField, TextField } from '../ui/form/text-field';
import { TitledForm } from '../ui/form/titled-form';
import { matchBusinesses } from './business-search';
import { communeLocalInput, instantOfInput, newRecordKey } from './field-record';
import { TeamFieldset } from './team-fieldset';

interface ScheduleFormProps {
  /** The signed-in officer, the team's first member. */
  self: TeamMember;
  onScheduled: (inspection: Inspection) => void;
  onClose: () => void;
}

/** The page's own objections, each said under its field, and the API's refusal. */
type Problems = Partial<Record<'business' | 'plannedAt' | 'team' | 'refused', string>>;

type Businesses =
  | { status: 'loading' }
  | { status: 'ready'; items: BusinessFeature[] }
  | { status: 'offline' };

const dayMs = 86_400_000;
/** Tomorrow at 08:00 (commune time): a plan is rarely for right now, nor for the small hours. */
const defaultPlannedAt = () =>
  `${communeLocalInput(new Date(Date.now() + dayMs)).slice(0, 10)}T08:00`;

/**
 * Lên lịch kiểm tra: a business (searched among those the account may read), the planned date
 * and time, planned or surprise, the team with its agencies. Needs a connection; the key made
 * when the form opens keeps a double tap from scheduling twice.
 */
export function ScheduleForm({ self, onScheduled, onClose }: ScheduleFormProps) {
  const { t } = useTranslation();
  const [businesses, setBusinesses] = useState<Businesses>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [business, setBusiness] = useState<BusinessFeature | null>(null);
  const [plannedAt, setPlannedAt] = useState(defaultPlannedAt);
  const [kind, setKind] = useState<InspectionKind>('scheduled');
  const [team, setTeam] = useState<TeamMember[]>([self]);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [sending, setSending] = useState(false);
  const [key] = useState(newRecordKey);

  useEffect(() => {
    const controller = new AbortController();
    geoClient.businesses({}, controller.signal).then(
      ({ features }) => setBusinesses({ status: 'ready', items: features }),
      () => !controller.signal.aborted && setBusinesses({ status: 'offline' }),
    );
    return () => controller.abort();
  }, []);

  const matches = useMemo(
    () =>
      businesses.status === 'ready'
        ? matchBusinesses(
            businesses.items.map((b) => ({
              feature: b,
              name: b.properties.name,
              address: b.properties.address,
            })),
            query,
          ).map((m) => m.feature)
        : [],
    [businesses, query],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const members = team.filter((m) => m.name.trim());
    const found: Problems = {
      ...(business ? {} : { business: t('inspections.plan.needBusiness') }),
      ...(plannedAt ? {} : { plannedAt: t('inspections.plan.needPlannedAt') }),
      ...(members.length > 0 ? {} : { team: t('inspections.plan.needTeam') }),
    };
    setProblems(found);
    if (Object.keys(found).length > 0 || !business) return;
    setSending(true);
    try {
      const inspection = await inspectionClient.schedule({
        businessId: Number(business.id),
        kind,
        plannedAt: instantOfInput(plannedAt),
        team: members.map((m) => ({ name: m.name.trim(), agency: m.agency })),
        note: note.trim() || null,
        idempotencyKey: key,
      });
      onScheduled(inspection);
    } catch (error) {
      setProblems({ refused: error instanceof Error ? error.message : String(error) });
    } finally {
      setSending(false);
    }
  }

  return (
    <TitledForm
      className="inspection-form schedule-form"
      title={t('inspections.plan.title')}
      onSubmit={submit}
    >
      {business ? (
        <div className="form-field">
          <span className="field-label">{t('inspections.plan.business')}</span>
          <p className="chosen-business">
            <strong>{t('inspections.plan.chosen', { name: business.properties.name })}</strong>
            {business.properties.address && (
              <span className="muted"> · {business.properties.address}</span>
            )}{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setBusiness(null);
                setQuery('');
              }}
            >
              {t('inspections.plan.change')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <TextField
            label={t('inspections.plan.business')}
            type="search"
            autoComplete="off"
            placeholder={t('inspections.plan.businessSearch')}
            value={query}
            onChange={setQuery}
            hint={businesses.status === 'loading' ? t('inspections.plan.businessLoading') : null}
            error={
              businesses.status === 'offline'
                ? t('inspections.plan.businessOffline')
                : problems.business
            }
          />
          {query.trim() && businesses.status === 'ready' && (
            <ul className="business-matches" aria-label={t('inspections.plan.business')}>
              {matches.length === 0 && <li className="muted">{t('inspections.plan.noMatch')}</li>}
              {matches.map((b) => (
                <li key={b.id}>
                  <button type="button" className="business-match" onClick={() => setBusiness(b)}>
                    <strong>{b.properties.name}</strong>
                    {b.properties.address && <span className="muted">{b.properties.address}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <DateTimeField
        legend={t('inspections.plan.plannedAt')}
        value={plannedAt}
        onChange={setPlannedAt}
        error={problems.plannedAt}
      />

      <RadioGroup
        legend={t('inspections.plan.kind')}
        options={inspectionKinds.map((k) => ({ value: k, label: t(`inspections.kinds.${k}`) }))}
        value={kind}
        onChange={setKind}
      />

      <TeamFieldset team={team} onChange={setTeam} error={problems.team} />

      <TextAreaField label={t('inspections.plan.note')} rows={2} value={note} onChange={setNote} />

      <FormProblem text={problems.refused ?? null} />

      <div className="inspection-form-buttons">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('inspections.plan.cancel')}
        </button>
        <SubmitButton pending={sending}>{t('inspections.plan.submit')}</SubmitButton>
      </div>
    </TitledForm>
  );
}
