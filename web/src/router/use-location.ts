import { useSyncExternalStore } from 'react';

// A tiny router over the History API: the address bar is the state. `navigate` pushes (or
// replaces) an entry and tells the subscribers; the back and forward buttons do the same
// through `popstate`.

const changeEvent = 'ntm:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

// A string, so that useSyncExternalStore sees an unchanged location as the same snapshot.
const snapshot = () => `${window.location.pathname}${window.location.search}`;

/** The current path and query, e.g. "/quan-tri/nhat-ky?entity=user". */
export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryStart = current.indexOf('?');
  return queryStart === -1
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, queryStart), search: current.slice(queryStart) };
}

/** Goes to a path of this app without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else {
    window.history.pushState(null, '', to);
    // A new page starts at its top, as after a real link.
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(changeEvent));
}
