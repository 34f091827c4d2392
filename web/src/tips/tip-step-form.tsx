import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TipStatus } from '../api/tip-client';
import { FormProblem } from '../ui/form/form-actions';
import { FormButtons } from '../ui/form/form-buttons';
import { TextAreaField, TextField } from '../ui/form/text-field';

interface TipStepFormProps {
  to: TipStatus;
  busy: boolean;
  onSubmit: (step: { note: string; transferredTo?: string; documentNumber?: string }) => void;
  onCancel: () => void;
}

/** One step of the workflow: what was done (a note), and for a transfer to whom and by which document. */
export function TipStepForm({ to, busy, onSubmit, onCancel }: TipStepFormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [transferredTo, setTransferredTo] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const transfer = to === 'transferred';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim().length < 3) return setProblem(t('tips.stepNoteMissing'));
    if (transfer && (!transferredTo.trim() || !documentNumber.trim())) {
      return setProblem(t('tips.transferMissing'));
    }
    setProblem(null);
    onSubmit({
      note: note.trim(),
      ...(transfer
        ? { transferredTo: transferredTo.trim(), documentNumber: documentNumber.trim() }
        : {}),
    });
  }

  return (
    <form className="tip-step-form" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('tips.stepNote')}
        rows={3}
        value={note}
        maxLength={2000}
        onChange={setNote}
      />
      {transfer && (
        <>
          <TextField
            label={t('tips.transferTo')}
            value={transferredTo}
            onChange={setTransferredTo}
          />
          <TextField
            label={t('tips.documentNumber')}
            value={documentNumber}
            onChange={setDocumentNumber}
          />
        </>
      )}
      <FormProblem text={problem} />
      <FormButtons onCancel={onCancel}>
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {t('tips.confirmStep', { step: t(`tips.step.${to}`) })}
        </button>
      </FormButtons>
    </form>
  );
}
