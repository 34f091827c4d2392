import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminClient, type LocalEvent } from '../api/admin-client';
import { failureText } from '../ui/failure-text';

const empty = { name: '', from: '', to: '' };

/** Adds a local event (a festival, a fair): the risk model treats its days as a busy season. */
export function EventForm({ onAdded }: { onAdded: (event: LocalEvent) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(empty);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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
      setProblem(
        failure.kind === 'http' && failure.status === 422 && failure.message
          ? failure.message
          : t('events.failed', { reason: failureText(t, failure) }),
      );
      return;
    }
    setProblem(null);
    setDraft(empty);
    onAdded(result.value);
  }

  return (
    <form className="form event-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('events.add')}</h2>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('events.name')}
        </label>
        <input
          id={`${id}-name`}
          value={draft.name}
          maxLength={120}
          autoComplete="off"
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </div>
      <div className="event-dates">
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-from`}>
            {t('events.from')}
          </label>
          <input
            id={`${id}-from`}
            type="date"
            min="2020-01-01"
            max="2035-12-31"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-to`}>
            {t('events.to')}
          </label>
          <input
            id={`${id}-to`}
            type="date"
            min={draft.from || '2020-01-01'}
            max="2035-12-31"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {t(pending ? 'events.adding' : 'events.add')}
      </button>
    </form>
  );
}
