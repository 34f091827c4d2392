import {
  Component,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from './load-status';
import { useDelayedFlag } from './use-delayed-flag';

/** A part that loads faster than this shows nothing while it loads; a slower one a spinner. */
const spinnerDelayMs = 1000;

/**
 * A component from its own chunk, loaded the first time it shows: a page, the map (MapLibre),
 * a chart (Recharts). `pick` names the export, as the app has no default exports.
 */
export function lazyPart<Props extends object, Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

interface LazyBoundaryProps {
  children: ReactNode;
  /** What shows while the chunk loads (after a second): a sentence, or nothing for small parts. */
  loadingText?: string;
}

/**
 * Where a lazy part shows: its progress while its code loads, and a plain way out when the code
 * cannot load (offline before the part was ever opened, or a new release replaced the files).
 */
export function LazyBoundary({ children, loadingText }: LazyBoundaryProps) {
  return (
    <LoadFailureBoundary>
      <Suspense fallback={<DelayedSpinner text={loadingText} />}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

function DelayedSpinner({ text }: { text: string | undefined }) {
  const shown = useDelayedFlag(true, spinnerDelayMs);
  return shown && text ? <Spinner text={text} /> : null;
}

class LoadFailureBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A part of the app could not load:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <p>{t('pageState.partFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('pageState.reload')}
      </button>
    </div>
  );
}
