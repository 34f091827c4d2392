import type { ReactNode } from 'react';

/** What a group of choices takes besides its value: the words around them and its layout. */
export interface ChoiceFrame {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** The fieldset's class, for a form's own layout ("choice-group": one choice a line). */
  className?: string;
  /** Extra class on each choice's label, where a form lays choices out its own way. */
  choiceClassName?: string;
  /** The inputs' name, for a form read as FormData or a focus moved to the group. */
  name?: string;
}

/** One box or button with its words beside it, which a press on also chooses it. */
export function Choice({
  type,
  className,
  label,
  ...input
}: {
  type: 'checkbox' | 'radio';
  className: string;
  label: ReactNode;
  name?: string;
  value: string | number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className={className}>
      <input {...input} type={type} onChange={(event) => input.onChange(event.target.checked)} />
      {label}
    </label>
  );
}
