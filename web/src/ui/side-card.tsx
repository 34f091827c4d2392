import { type ReactNode, useId } from 'react';

interface SideCardProps {
  /** Its own class beside "review-card", e.g. "tip-card". */
  className?: string;
  /** The small line above the title: what the card is about. */
  kicker: ReactNode;
  title: ReactNode;
  /** Under the title, still in the header: badges, who and where. */
  details?: ReactNode;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A card opened from the map (a proposal, a tip, a risk score): the header with its kicker, title
 * and close button the same on each, then the card's own body.
 */
export function SideCard({
  className,
  kicker,
  title,
  details,
  closeLabel,
  onClose,
  children,
}: SideCardProps) {
  const titleId = useId();
  return (
    <section
      className={className ? `review-card ${className}` : 'review-card'}
      aria-labelledby={titleId}
    >
      <header className="review-header">
        <div>
          <p className="proposal-action">{kicker}</p>
          <h2 id={titleId}>{title}</h2>
          {details}
        </div>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      {children}
    </section>
  );
}
