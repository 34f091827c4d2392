import type { ReactNode } from 'react';

interface RowButtonProps {
  /** Which row it acts on: heard after the words by a screen reader, not shown. */
  rowName: string;
  children: ReactNode;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** Shown on hover, e.g. why the button may not be used. */
  title?: string;
}

/** A small button in a list's row ("Sửa", "Xoá"); screen readers also hear whose row it is. */
export function RowButton({ rowName, children, onClick, danger, disabled, title }: RowButtonProps) {
  return (
    <button
      type="button"
      className={`button button-secondary${danger ? ' button-danger' : ''} button-small`}
      disabled={disabled}
      title={title}
      onClick={onClick}
    >
      {children}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}
