import { useTranslation } from 'react-i18next';
import type { Failure } from '../api/admin-client';
import type { LoadState } from '../api/use-load';
import { failureText } from './failure-text';
import { useDelayedFlag } from './use-delayed-flag';

/** Loads faster than this show nothing; slower ones a spinner. */
const spinnerDelayMs = 1000;

interface LoadStatusProps {
  state: LoadState<unknown>;
  onRetry: () => void;
}

/** What a page says while its data is on the way, or why it did not come. */
export function LoadStatus({ state, onRetry }: LoadStatusProps) {
  const { t } = useTranslation();
  const showSpinner = useDelayedFlag(state.status === 'loading', spinnerDelayMs);
  if (state.status === 'loading') {
    return showSpinner ? <Spinner text={t('pageState.loading')} /> : null;
  }
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={onRetry} />;
  return null;
}

export function Spinner({ text }: { text: string }) {
  return (
    <p className="loading page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

/** A small spinner and its words, in a list or a card that is still loading. */
export function InlineSpinner({ text }: { text: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner spinner-small" aria-hidden="true" /> {text}
    </p>
  );
}

/** A list in a panel that did not load: why, and a small button to ask again, on one line. */
export function InlineLoadFailed({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="form-error">
      {text}{' '}
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('pageState.retry')}
      </button>
    </p>
  );
}

export function LoadError({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <RetryBanner
      text={t('pageState.loadFailed', { reason: failureText(t, failure) })}
      onRetry={onRetry}
    />
  );
}

/** Why something did not come, and a button to ask again. */
export function RetryBanner({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <p>{text}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('pageState.retry')}
      </button>
    </div>
  );
}
