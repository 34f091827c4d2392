import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormButtonsProps {
  /** Leaves the form, keeping nothing of what was typed. */
  onCancel: () => void;
  /** The form's own action after "Huỷ": its submit button, most often. */
  children: ReactNode;
  className?: string;
}

/** A form's row of buttons: "Huỷ" first, then what the form does. */
export function FormButtons({ onCancel, children, className }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className={className ? `form-buttons ${className}` : 'form-buttons'}>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('edit.cancel')}
      </button>
      {children}
    </div>
  );
}
