import type { RowVerdict } from '@ntm/api/imports/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportClient, RowFeatures, RowsPage } from '../api/import-client';
import type { Loaded } from '../api/use-load';
import { importFailureText } from './import-failure';

export const rowsPageSize = 50;

/**
 * One page of the preview's rows (filtered by verdict) and all rows with a geometry for the
 * map, reloaded when `revision` changes (a new mapping or system recomputed the preview).
 */
export function usePreviewRows(
  client: ImportClient,
  id: number,
  verdict: RowVerdict | null,
  offset: number,
  revision: string,
) {
  const { t } = useTranslation();
  const [page, setPage] = useState<Loaded<RowsPage>>({ status: 'loading' });
  const [features, setFeatures] = useState<RowFeatures | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setPage({ status: 'loading' });
    client.rows(id, { verdict: verdict ?? undefined, offset, limit: rowsPageSize }).then(
      (data) => live && setPage({ status: 'ready', data }),
      (error: unknown) =>
        live && setPage({ status: 'error', message: importFailureText(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [client, id, verdict, offset, revision, attempt, t]);

  useEffect(() => {
    let live = true;
    setFeatures(null);
    client.features(id).then(
      (data) => live && setFeatures(data),
      // The table says what failed; the map then stays without rows.
      () => live && setFeatures({ type: 'FeatureCollection', features: [] }),
    );
    return () => {
      live = false;
    };
  }, [client, id, revision, attempt]);

  return { page, features, retry: () => setAttempt((n) => n + 1) };
}
