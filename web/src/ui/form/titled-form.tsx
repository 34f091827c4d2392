import { type FormEvent, type ReactNode, useId } from 'react';

interface TitledFormProps {
  className: string;
  /** The heading on top, which also names the form to screen readers. */
  title: ReactNode;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

/** A form with its heading as its name; the browser's own checks are off (the form checks). */
export function TitledForm({ className, title, onSubmit, children }: TitledFormProps) {
  const titleId = useId();
  return (
    <form className={className} onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </form>
  );
}
