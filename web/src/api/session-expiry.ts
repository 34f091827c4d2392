// Any API call answered 401 means the session is gone (idle timeout, logout in another tab,
// server restart). The clients report it here and the session state listens, so a lost
// session returns to the login page wherever it is noticed.

type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionLost(): void {
  for (const listener of [...listeners]) listener();
}
