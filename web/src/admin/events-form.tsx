import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminClient, type LocalEvent } from '../api/admin-client';
import { failureText } from '../ui/failure-text';
import { DateField } from '../ui/form/date-field';
import { type FieldErrors, fieldErrorsOf, noFieldErrors } from '../ui/form/field-errors';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { TextField } from '../ui/form/text-field';
import { TitledForm } from '../ui/form/titled-form';
import { useDraft } from '../ui/form/use-draft';

const empty = { name: '', from: '', to: '' };

/** Adds a local event (a festival, a fair): the risk model treats its days as a busy season. */
export function EventForm({ onAdded }: { onAdded: (event: LocalEvent) => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(noFieldErrors);
  const { draft, setDraft, bind } = useDraft(empty, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (draft.name.trim().length < 3 || !draft.from || !draft.to) {
      setProblem(t('events.incomplete'));
      return;
    }
    if (draft.to < draft.from) {
      setProblem(t('events.reversed'));
      return;
    }
    setPending(true);
    const result = await adminClient.addEvent({ ...draft, name: draft.name.trim() });
    setPending(false);
    if (!result.ok) {
      const { failure } = result;
      setErrors(fieldErrorsOf(failure));
      setProblem(
        failure.kind === 'http' && failure.status === 422 && failure.message
          ? failure.message
          : t('events.failed', { reason: failureText(t, failure) }),
      );
      return;
    }
    setProblem(null);
    setErrors(noFieldErrors);
    setDraft(empty);
    onAdded(result.value);
  }

  return (
    <TitledForm className="form event-form" title={t('events.add')} onSubmit={submit}>
      <TextField label={t('events.name')} {...bind('name')} maxLength={120} autoComplete="off" />
      <div className="event-dates">
        <DateField label={t('events.from')} min="2020-01-01" max="2035-12-31" {...bind('from')} />
        <DateField label={t('events.to')} min="2020-01-01" max="2035-12-31" {...bind('to')} />
      </div>
      <FormProblem text={problem} />
      <SubmitButton pending={pending} pendingLabel={t('events.adding')}>
        {t('events.add')}
      </SubmitButton>
    </TitledForm>
  );
}
