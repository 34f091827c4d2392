import type { ReactNode } from 'react';
import { FormButtons } from '../ui/form/form-buttons';

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
  return (
    <fieldset className="edit-bar">
      <legend className="visually-hidden">{title}</legend>
      {children}
      <FormButtons onCancel={onCancel}>{action}</FormButtons>
    </fieldset>
  );
}
