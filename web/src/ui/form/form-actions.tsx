import type { ReactNode, Ref } from 'react';

/** What went wrong with the whole form, said above its button (and announced as it appears). */
export function FormProblem({ text }: { text: string | null }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}

/**
 * The form's main button. While the write is on its way it says so and stays focusable
 * (aria-disabled, not disabled), and a second press is ignored by the form's own guard.
 */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
  className = 'button',
  ref,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: ReactNode;
  className?: string;
  /** For a page that moves the focus to the button (a demo account picked). */
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={ref} type="submit" className={className} aria-disabled={pending || undefined}>
      {pending && <span className="spinner spinner-small" aria-hidden="true" />}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
