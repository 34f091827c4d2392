import './pages.css';
import type { ReactNode } from 'react';

interface PageHeadingProps {
  title: string;
  /** One or two sentences under the title saying what the page is for; none while it is unknown. */
  intro?: ReactNode;
  /** The page's own controls (a year, a "new" button), at the heading's end; below it on a phone. */
  children?: ReactNode;
}

/** The top of a page other than the map: its title, what it is for, and its own controls. */
export function PageHeading({ title, intro, children }: PageHeadingProps) {
  return (
    <header className="page-heading">
      <div>
        <h1>{title}</h1>
        {intro && <p className="muted">{intro}</p>}
      </div>
      {children}
    </header>
  );
}
