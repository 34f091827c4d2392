import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';

/**
 * The frame of a plan record's entry form: its heading names the form, what went wrong sits
 * above the button, and the button says the heading again ("Đang lưu…" while it saves).
 */
export function PlanForm({
  title,
  pending,
  problem = null,
  onSubmit,
  children,
}: {
  title: string;
  pending: boolean;
  problem?: string | null;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="plan-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
      <FormProblem text={problem} />
      <SubmitButton pending={pending} pendingLabel={t('planRecords.saving')}>
        {title}
      </SubmitButton>
    </form>
  );
}
