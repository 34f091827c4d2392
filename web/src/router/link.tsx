import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './use-location';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/**
 * A real link (it opens in a new tab, copies, shows its address) that, on a plain click, changes
 * the page without reloading it.
 */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function click(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const plain =
      event.button === 0 &&
      !event.metaKey &&
      !event.ctrlKey &&
      !event.shiftKey &&
      !event.altKey &&
      !rest.target;
    if (event.defaultPrevented || !plain) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={click} {...rest} />;
}
