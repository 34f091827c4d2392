import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agency, type Officer, planRecordsClient } from '../api/plan-records-client';
import { DateField, daysOfYear } from '../ui/form/date-field';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { NamedOptions } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { NumberField, TextField } from '../ui/form/text-field';
import { useDraft } from '../ui/form/use-draft';
import { useSubmission } from '../ui/form/use-submission';
import { PlanForm } from './plan-form';
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
  const { pending, problem, errors, send, refuse } = useSubmission();
  const { draft, setDraft, bind } = useDraft(emptyTraining, errors);

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
    <PlanForm
      title={t('planRecords.training.record')}
      pending={pending}
      problem={problem}
      onSubmit={submit}
    >
      <p className="muted" aria-live="polite">
        {t('planRecords.training.selected', { count: selected.length })}
      </p>
      <TextField label={t('planRecords.training.course')} {...bind('course')} maxLength={300} />
      <div className="plan-form-row">
        <DateField
          label={t('planRecords.training.heldOn')}
          {...daysOfYear(year)}
          {...bind('heldOn')}
        />
        <NumberField label={t('planRecords.training.hours')} min={1} max={200} {...bind('hours')} />
      </div>
      <TextField label={t('planRecords.training.provider')} {...bind('provider')} maxLength={200} />
    </PlanForm>
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
  const { pending, problem, errors, send, refuse } = useSubmission();
  const { draft, setDraft, bind } = useDraft(emptyOfficer, errors);

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
        <SelectField label={t('planRecords.training.agency')} {...bind('agencyId')}>
          <option value="" />
          <NamedOptions items={agencies.filter((a) => a.active)} />
        </SelectField>
        <TextField
          label={t('planRecords.training.fullName')}
          {...bind('fullName')}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          label={t('planRecords.training.position')}
          {...bind('position')}
          maxLength={120}
        />
        <FormProblem text={problem} />
        <SubmitButton pending={pending} pendingLabel={t('planRecords.saving')}>
          {t('planRecords.training.addOfficer')}
        </SubmitButton>
      </form>
    </details>
  );
}
