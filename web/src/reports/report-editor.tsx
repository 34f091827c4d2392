import type { PeriodicReport, ReportNarrative } from '@ntm/domain/reports/report-types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../api/admin-client';
import { planClient } from '../api/plan-client';
import { failureText } from '../ui/failure-text';
import { TextField } from '../ui/form/text-field';

interface ReportEditorProps {
  /** A draft: only drafts can be edited (the API refuses the rest with 409). */
  report: PeriodicReport;
  onSaved: (report: PeriodicReport) => void;
}

const fields: (keyof ReportNarrative)[] = ['summary', 'difficulties', 'proposals'];

/** The draft's number and its three free texts (Tình hình chung, Khó khăn, Đề xuất). */
export function ReportEditor({ report, onSaved }: ReportEditorProps) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(report.number ?? '');
  const [narrative, setNarrative] = useState<ReportNarrative>(report.narrative);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: true } | { failure: Failure } | null>(null);

  async function save() {
    setPending(true);
    setOutcome(null);
    const result = await planClient.update(report.id, {
      number: number.trim() === '' ? null : number.trim(),
      narrative,
    });
    setPending(false);
    if (result.ok) {
      setOutcome({ saved: true });
      onSaved(result.value);
    } else setOutcome({ failure: result.failure });
  }

  return (
    <form
      className="report-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) void save();
      }}
    >
      <h3>{t('reports.editor.title')}</h3>
      <TextField
        label={t('reports.editor.number')}
        className="report-number"
        value={number}
        maxLength={60}
        placeholder={t('reports.editor.numberHint')}
        onChange={setNumber}
      />
      {fields.map((field) => (
        <label key={field} className="form-field">
          <span className="field-label">{t(`reports.editor.${field}`)}</span>
          <textarea
            rows={field === 'summary' ? 6 : 4}
            value={narrative[field]}
            onChange={(e) => setNarrative((n) => ({ ...n, [field]: e.target.value }))}
          />
        </label>
      ))}
      <p className="form-problem" role="alert">
        {outcome && 'failure' in outcome ? failureMessage(t, outcome.failure) : ''}
      </p>
      {outcome && 'saved' in outcome && (
        <p className="notice notice-done" role="status">
          {t('reports.actions.saved')}
        </p>
      )}
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? t('reports.actions.saving') : t('reports.actions.save')}
      </button>
    </form>
  );
}

/** The API's own Vietnamese message where it gave one, else why the request failed. */
export function failureMessage(t: Parameters<typeof failureText>[0], failure: Failure): string {
  if (failure.kind === 'http' && failure.message) {
    // A refused field says why ("number: dạng 12/BC-TYT"), after the API's sentence.
    const fields = failure.details.map((d) => d.message).join('; ');
    return fields ? `${failure.message} (${fields})` : failure.message;
  }
  return t('reports.actions.failed', { reason: failureText(t, failure) });
}
