import './form-field.css';
import { type ReactNode, useId } from 'react';

/** What every field of the kit takes besides its value: the words around the control. */
export interface FieldFrame {
  label: ReactNode;
  /** Said under the control and read out with it (aria-describedby). */
  hint?: ReactNode;
  /** The problem with this field: the page's own check or the API's field error. */
  error?: string | null;
  /**
   * Marks the control invalid where the form says why once for several fields ("wrong name or
   * password"), above its button rather than under each.
   */
  invalid?: boolean;
  /** Passed to the control (native and aria); how the form says so is the form's own. */
  required?: boolean;
  /** Extra class on the wrapper, for a form's own layout (a row of two fields). */
  className?: string;
}

/** A field's props split into the words around the control and the control's own. */
export function splitFrame<Props extends FieldFrame>(
  props: Props,
): [FieldFrame, Omit<Props, keyof FieldFrame>] {
  const { label, hint, error, invalid, required, className, ...control } = props;
  return [{ label, hint, error, invalid, required, className }, control];
}

/** The attributes that tie a control to its label, hint and error. */
export interface ControlAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
  required: boolean | undefined;
}

/** The ids and aria attributes of one field, for the kit's fields and the odd custom control. */
export function useFieldAria(frame: Pick<FieldFrame, 'hint' | 'error' | 'invalid' | 'required'>) {
  const id = useId();
  const hintId = frame.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const control: ControlAria = {
    id,
    'aria-invalid': frame.error || frame.invalid ? true : undefined,
    'aria-describedby':
      [hintId, frame.error ? errorId : null].filter(Boolean).join(' ') || undefined,
    'aria-required': frame.required ? true : undefined,
    required: frame.required,
  };
  return { control, hintId, errorId };
}

/**
 * One labelled control: label above, hint and error below. The error paragraph stays in the
 * page while empty (hidden by CSS), so screen readers announce a message when it appears.
 */
export function FormField({
  label,
  hint,
  error,
  invalid,
  required,
  className,
  children,
}: FieldFrame & { children: (aria: ControlAria) => ReactNode }) {
  const { control, hintId, errorId } = useFieldAria({ hint, error, invalid, required });
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label className="field-label" htmlFor={control.id}>
        {label}
      </label>
      {children(control)}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <p id={errorId} className="field-problem" aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}
