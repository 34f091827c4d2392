import { type ReactNode, useId } from 'react';

/**
 * Choices or fields under one legend, with the group's hint and error read out with it; the
 * error paragraph stays in the page while empty, so a message is announced as it appears.
 */
export function FieldGroup({
  legend,
  hint,
  error,
  className,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className: string;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <p id={`${id}-error`} className="field-problem" aria-live="polite">
        {error ?? ''}
      </p>
    </fieldset>
  );
}
