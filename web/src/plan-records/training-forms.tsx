import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agency, type Officer, planRecordsClient } from '../api/plan-records-client';
import { DateField } from '../ui/form/date-field';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { NamedOptions } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { NumberField, TextField } from '../ui/form/text-field';
import { useSubmission } from '../ui/form/use-submission';
import { planRefusal } from './use-notice';

interface TrainingFormProps {
  year: number;
  selected: number[];
  onRecorded: (count: number) => void;
}

const emptyTraining = { course: '', heldOn: '', hours: '', provider: '' };

/** One course attended by the officers ticked in the table, recorded in one go. */
export function TrainingForm({ year, selected, onRecorded }: TrainingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(emptyTraining);
  const { pending, problem, errors, send, refuse } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (selected.length === 0) return refuse(t('planRecords.training.noneSelected'));
    if (!draft.course.trim() || !draft.heldOn) return refuse(t('planRecords.training.incomplete'));
    const hours = Number.parseInt(draft.hours, 10);
    const added = await send(
      () =>
        planRecordsClient.addTraining({
          course: draft.course.trim(),
          heldOn: draft.heldOn,
          hours: Number.isFinite(hours) ? hours : null,
          provider: draft.provider.trim() || null,
          officerIds: selected,
        }),
      planRefusal(t),
    );
    if (added === undefined) return;
    setDraft(emptyTraining);
    onRecorded(added.length);
  }

  return (
    <form className="plan-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('planRecords.training.record')}</h3>
      <p className="muted" aria-live="polite">
        {t('planRecords.training.selected', { count: selected.length })}
      </p>
      <TextField
        label={t('planRecords.training.course')}
        value={draft.course}
        maxLength={300}
        error={errors.course}
        onChange={(course) => setDraft({ ...draft, course })}
      />
      <div className="plan-form-row">
        <DateField
          label={t('planRecords.training.heldOn')}
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          value={draft.heldOn}
          error={errors.heldOn}
          onChange={(heldOn) => setDraft({ ...draft, heldOn })}
        />
        <NumberField
          label={t('planRecords.training.hours')}
          min={1}
          max={200}
          value={draft.hours}
          error={errors.hours}
          onChange={(hours) => setDraft({ ...draft, hours })}
        />
      </div>
      <TextField
        label={t('planRecords.training.provider')}
        value={draft.provider}
        maxLength={200}
        error={errors.provider}
        onChange={(provider) => setDraft({ ...draft, provider })}
      />
      <FormProblem text={problem} />
      <SubmitButton pending={pending} pendingLabel={t('planRecords.saving')}>
        {t('planRecords.training.record')}
      </SubmitButton>
    </form>
  );
}

const emptyOfficer = { agencyId: '', fullName: '', position: '' };

/** An officer the plan did not list yet, folded away under the training form. */
export function OfficerForm({
  agencies,
  onAdded,
}: {
  agencies: Agency[];
  onAdded: (officer: Officer) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(emptyOfficer);
  const { pending, problem, errors, send, refuse } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.agencyId || !draft.fullName.trim() || !draft.position.trim()) {
      return refuse(t('planRecords.training.officerIncomplete'));
    }
    const officer = await send(
      () =>
        planRecordsClient.addOfficer({
          agencyId: Number(draft.agencyId),
          fullName: draft.fullName.trim(),
          position: draft.position.trim(),
        }),
      planRefusal(t),
    );
    if (officer === undefined) return;
    setDraft(emptyOfficer);
    onAdded(officer);
  }

  return (
    <details className="plan-form officer-form">
      <summary>{t('planRecords.training.addOfficer')}</summary>
      <form noValidate onSubmit={submit} aria-label={t('planRecords.training.addOfficer')}>
        <SelectField
          label={t('planRecords.training.agency')}
          value={draft.agencyId}
          error={errors.agencyId}
          onChange={(agencyId) => setDraft({ ...draft, agencyId })}
        >
          <option value="" />
          <NamedOptions items={agencies.filter((a) => a.active)} />
        </SelectField>
        <TextField
          label={t('planRecords.training.fullName')}
          value={draft.fullName}
          maxLength={120}
          autoComplete="off"
          error={errors.fullName}
          onChange={(fullName) => setDraft({ ...draft, fullName })}
        />
        <TextField
          label={t('planRecords.training.position')}
          value={draft.position}
          maxLength={120}
          error={errors.position}
          onChange={(position) => setDraft({ ...draft, position })}
        />
        <FormProblem text={problem} />
        <SubmitButton pending={pending} pendingLabel={t('planRecords.saving')}>
          {t('planRecords.training.addOfficer')}
        </SubmitButton>
      </form>
    </details>
  );
}
