import './unplaced.css';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportClient, UnplacedBusiness } from '../api/import-client';
import type { Loaded } from '../api/use-load';
import { formatInteger } from '../i18n/format';
import { importFailureText } from '../imports/import-failure';

interface Options {
  client: ImportClient;
  /** Only village heads place premises from the list. */
  villageId: number | null;
  /** "Đặt lên bản đồ": the editor starts choosing a place, its form filled from the row. */
  onPlace: (business: UnplacedBusiness) => void;
}

/**
 * A village head's list "Cần đặt lên bản đồ": premises an import named in their village without
 * a usable position (GET /api/businesses/unplaced). Placing one files the usual proposal.
 */
export function useUnplaced({ client, villageId, onPlace }: Options) {
  const { t } = useTranslation();
  const [list, setList] = useState<Loaded<UnplacedBusiness[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const enabled = villageId !== null;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    client.unplaced(villageId ?? undefined).then(
      (answer) => live && setList({ status: 'ready', data: answer.businesses }),
      (error: unknown) =>
        live && setList({ status: 'error', message: importFailureText(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [client, enabled, villageId, attempt, t]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Nothing to place: the section stays out of the way.
  if (!enabled || (list.status === 'ready' && list.data.length === 0)) {
    return { panelSection: null, reload };
  }
  const panelSection: ReactNode = (
    <section className="panel-section unplaced" aria-labelledby="unplaced-title">
      <h2 id="unplaced-title">
        {t('unplaced.title')}
        {list.status === 'ready' && ` (${formatInteger(list.data.length)})`}
      </h2>
      {list.status === 'loading' && <p className="muted">{t('unplaced.loading')}</p>}
      {list.status === 'error' && (
        <div className="banner banner-error" role="alert">
          <p>{list.message}</p>
          <button type="button" className="button button-small" onClick={reload}>
            {t('pageState.retry')}
          </button>
        </div>
      )}
      {list.status === 'ready' && (
        <>
          <p className="muted">{t('unplaced.intro')}</p>
          <ul className="unplaced-list">
            {list.data.map((business) => (
              <li key={business.id}>
                <strong>{business.name}</strong>
                <span className="muted">
                  {[t(`businessType.${business.type}`), business.address]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('unplaced.placeName', { name: business.name })}
                  onClick={() => onPlace(business)}
                >
                  {t('unplaced.place')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
  return { panelSection, reload };
}
