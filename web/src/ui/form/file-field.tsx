import './file-field.css';
import { type ReactNode, useId, useRef } from 'react';

interface FileFieldProps {
  legend: ReactNode;
  hint?: ReactNode;
  /** The button's words ("Thêm ảnh"); the file input itself stays hidden behind it. */
  addLabel: ReactNode;
  accept?: string;
  multiple?: boolean;
  /** "environment": a phone opens its back camera. */
  capture?: 'environment' | 'user';
  /** No more files may be added (the form's limit is reached). */
  disabled?: boolean;
  /** What is wrong with the files chosen (too big, wrong type, too many), one line each. */
  problems?: readonly string[];
  onAdd: (files: File[]) => void;
  className?: string;
  /** The add button's own class, where a form styles it. */
  buttonClassName?: string;
  /** The files chosen so far, as the form lists them (with its own remove buttons). */
  children?: ReactNode;
}

/**
 * Files chosen with a button that reads as a button on a phone (the camera or the gallery);
 * the form checks and lists them. The input is emptied after each choice, so a file removed
 * can be chosen again.
 */
export function FileField({
  legend,
  hint,
  addLabel,
  accept,
  multiple,
  capture,
  disabled,
  problems = [],
  onAdd,
  className,
  buttonClassName = 'file-field-button',
  children,
}: FileFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <fieldset className={className ? `file-field ${className}` : 'file-field'}>
      <legend>{legend}</legend>
      {hint && (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <label
        className={`button button-secondary ${buttonClassName}`}
        htmlFor={id}
        aria-disabled={disabled || undefined}
      >
        {addLabel}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        capture={capture}
        aria-describedby={[hint ? `${id}-hint` : null, `${id}-problems`].filter(Boolean).join(' ')}
        aria-invalid={problems.length > 0 || undefined}
        disabled={disabled}
        onChange={(event) => {
          onAdd([...(event.currentTarget.files ?? [])]);
          if (inputRef.current) inputRef.current.value = '';
        }}
      />
      <div id={`${id}-problems`} role="alert">
        {problems.map((text) => (
          <p key={text} className="form-error">
            {text}
          </p>
        ))}
      </div>
    </fieldset>
  );
}
