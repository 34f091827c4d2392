import './public.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoClient } from '../api/geo-client';
import { type PublicCommune, type PublicVillages, publicTipClient } from '../api/public-tip-client';
import { useAppConfig } from '../api/use-app-config';
import { Link } from '../router/link';
import type { PublicPage } from '../router/pages';
import { navigate } from '../router/use-location';
import { withoutCommunePrefix } from '../ui/app-header';
import { PublicLookup } from './public-lookup';
import { PublicTipForm } from './public-tip-form';

/** The commune's outline for the small map (GET /api/public/commune); null until it comes or when it fails. */
function usePublicCommune(): PublicCommune | null {
  const [commune, setCommune] = useState<PublicCommune | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void publicTipClient.commune(controller.signal).then((result) => {
      if (result.ok) setCommune(result.value);
    });
    return () => controller.abort();
  }, []);
  return commune;
}

/** The villages' names and outlines; an empty collection when they cannot be had (the map still works). */
function usePublicVillages(): PublicVillages | null {
  const [villages, setVillages] = useState<PublicVillages | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void publicTipClient.villages(controller.signal).then((result) => {
      if (!controller.signal.aborted) {
        setVillages(result.ok ? result.value : { type: 'FeatureCollection', features: [] });
      }
    });
    return () => controller.abort();
  }, []);
  return villages;
}

/**
 * The citizens' pages (/bao-tin and /bao-tin/tra-cuu): no login, phone first. The code just
 * received stays in memory only (never in the address bar or storage) to fill in the lookup.
 */
export function PublicApp({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const config = useAppConfig(geoClient);
  const commune = usePublicCommune();
  const villages = usePublicVillages();
  const [lastCode, setLastCode] = useState<string | null>(null);
  const name = commune?.properties.name ?? config?.communeName ?? null;

  useEffect(() => {
    document.title = `${t(page.label)} – ${t('app.title')}`;
  }, [page, t]);

  const tab = (to: PublicPage['path'], label: PublicPage['label']) => (
    <Link to={to} className="public-tab" aria-current={page.path === to ? 'page' : undefined}>
      {t(label)}
    </Link>
  );

  return (
    <div className="public-page">
      <div className="public-top">
        <header className="public-header">
          <div className="public-titles">
            {name && (
              <p className="public-commune">
                {t('app.commune', { name: withoutCommunePrefix(name) })}
              </p>
            )}
            <h1>{t('publicTip.heading')}</h1>
          </div>
          <Link to="/" className="public-login-link">
            {t('publicTip.toLogin')}
          </Link>
        </header>
        {config?.demoData && (
          <p className="demo-badge public-demo" title={t('demo.explanation')}>
            <span aria-hidden="true">⚠</span> {t('demo.badge')}
            <span className="visually-hidden">: {t('demo.explanation')}</span>
          </p>
        )}
        <nav className="public-tabs" aria-label={t('publicTip.tabs.label')}>
          {tab('/bao-tin', 'publicTip.tabs.file')}
          {tab('/bao-tin/tra-cuu', 'publicTip.tabs.lookup')}
        </nav>
      </div>
      <main className="public-main">
        {page.key === 'publicTip' ? (
          <PublicTipForm
            client={publicTipClient}
            config={config}
            commune={commune}
            villages={villages}
            onSent={setLastCode}
            onLookup={() => navigate('/bao-tin/tra-cuu')}
          />
        ) : (
          <PublicLookup key={lastCode ?? ''} client={publicTipClient} initialCode={lastCode} />
        )}
      </main>
    </div>
  );
}
