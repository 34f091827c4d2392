import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalProps {
  title: string;
  /** Asked for by Esc; left out where the dialog must be closed by its own button. */
  onDismiss?: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser keeps focus inside, makes the page behind it inert and
 * returns focus afterwards. Open while mounted.
 */
export function Modal({ title, onDismiss, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
