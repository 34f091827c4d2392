import type { ImportPreview, PreviewRow, RowVerdict } from '@ntm/api/imports/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig, CommuneFeature, VillageCollection } from '../api/geo-types';
import type { ImportClient } from '../api/import-client';
import { formatCalendarDate, formatInteger } from '../i18n/format';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { RetryBanner, Spinner } from '../ui/load-status';
import { commitSentences } from './commit-summary';
import { mayCommit } from './import-wizard';
import { PreviewMap } from './preview-map';
import { PreviewTable } from './preview-table';
import { rowsPageSize, usePreviewRows } from './use-preview-rows';
import { VerdictChips } from './verdict-chips';

interface PreviewStepProps {
  client: ImportClient;
  config: AppConfig | null;
  commune: CommuneFeature | null;
  villages: VillageCollection | null;
  preview: ImportPreview;
  busy: boolean;
  error: string | null;
  onBack: () => void;
  onCommit: () => void;
}

/** Step 3: every row's verdict on a map and in a table, the refused rows to download, the commit. */
export function PreviewStep(props: PreviewStepProps) {
  const { t } = useTranslation();
  const { preview, busy } = props;
  const [verdict, setVerdict] = useState<RowVerdict | null>(null);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<{ rowNumber: number; at: [number, number] } | null>(
    null,
  );
  const [confirming, setConfirming] = useState(false);
  const revision = JSON.stringify([preview.mapping, preview.crs.epsg, preview.counts]);
  const { page, features, retry } = usePreviewRows(
    props.client,
    preview.id,
    verdict,
    offset,
    revision,
  );

  const select = (row: PreviewRow) => {
    if (row.position) setSelected({ rowNumber: row.rowNumber, at: row.position });
  };
  // A refused commit closes the dialog so the page's message shows.
  useEffect(() => {
    if (props.error) setConfirming(false);
  }, [props.error]);
  const total = page.status === 'ready' ? page.data.total : 0;

  return (
    <div className="import-step import-preview">
      <h2>{t('imports.preview.title', { name: preview.fileName })}</h2>
      {preview.validFrom && (
        <p>{t('imports.preview.validFrom', { date: formatCalendarDate(preview.validFrom) })}</p>
      )}
      <VerdictChips
        counts={preview.counts}
        value={verdict}
        onChange={(next) => {
          setVerdict(next);
          setOffset(0);
        }}
      />
      <div className="import-preview-grid">
        {props.config && (
          <PreviewMap
            config={props.config}
            commune={props.commune}
            villages={props.villages}
            rows={features}
            verdict={verdict}
            selected={selected}
          />
        )}
        <div className="import-preview-table">
          {page.status === 'loading' && <Spinner text={t('imports.preview.loading')} />}
          {page.status === 'error' && <RetryBanner text={page.message} onRetry={retry} />}
          {page.status === 'ready' && (
            <>
              <PreviewTable
                rows={page.data.rows}
                selected={selected?.rowNumber ?? null}
                onSelect={select}
              />
              {total > rowsPageSize && (
                <nav className="import-pager" aria-label={t('imports.preview.tableLabel')}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={offset === 0}
                    onClick={() => setOffset(Math.max(0, offset - rowsPageSize))}
                  >
                    {t('imports.preview.previousPage')}
                  </button>
                  <span>
                    {t('imports.preview.page', {
                      from: formatInteger(offset + 1),
                      to: formatInteger(Math.min(total, offset + rowsPageSize)),
                      total: formatInteger(total),
                    })}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={offset + rowsPageSize >= total}
                    onClick={() => setOffset(offset + rowsPageSize)}
                  >
                    {t('imports.preview.nextPage')}
                  </button>
                </nav>
              )}
            </>
          )}
        </div>
      </div>
      {props.error && (
        <p className="form-problem" role="alert">
          {props.error}
        </p>
      )}
      <div className="form-buttons import-actions">
        {preview.counts.refused > 0 && (
          <a
            className="button button-secondary"
            href={props.client.refusedXlsxUrl(preview.id)}
            download
          >
            {t('imports.preview.refusedXlsx')}
          </a>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={props.onBack}
        >
          {t('imports.preview.back')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !mayCommit(preview)}
          onClick={() => setConfirming(true)}
        >
          {t('imports.preview.commit')}
        </button>
      </div>
      {!mayCommit(preview) && <p className="muted">{t('imports.preview.nothingToCommit')}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('imports.commit.title')}
          text={commitSentences(t, preview).join(' ')}
          confirmLabel={t('imports.commit.confirm')}
          pending={busy}
          onConfirm={() => {
            props.onCommit();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
