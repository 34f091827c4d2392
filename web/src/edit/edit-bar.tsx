import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EditBarProps {
  /** Read out as the bar's name: what is being done. */
  title: string;
  /** The hint, and a refusal if there is one. */
  children: ReactNode;
  onCancel: () => void;
  /** The step forward, after "Huỷ". */
  action: ReactNode;
}

/** The bar over the map while a place is chosen or a pin dragged: a hint, "Huỷ" and the next step. */
export function EditBar({ title, children, onCancel, action }: EditBarProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="edit-bar">
      <legend className="visually-hidden">{title}</legend>
      {children}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        {action}
      </div>
    </fieldset>
  );
}
