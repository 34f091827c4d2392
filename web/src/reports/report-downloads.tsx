import { useTranslation } from 'react-i18next';
import { periodicPath, type ReportFormat } from '../api/plan-client';

const formats: ReportFormat[] = ['docx', 'xlsx', 'csv', 'json'];

/** The report as files: the signed DOCX, the same tables as XLSX, CSV and JSON for machines. */
export function ReportDownloads({ period, version }: { period: string; version: number | null }) {
  const { t } = useTranslation();
  return (
    <section className="report-downloads" aria-labelledby="report-downloads-title">
      <h3 id="report-downloads-title">{t('reports.downloads.title')}</h3>
      <p className="muted">{t('reports.downloads.hint')}</p>
      <ul>
        {formats.map((format) => (
          <li key={format}>
            <a
              className="button button-secondary"
              href={periodicPath(period, format, version)}
              download
              aria-label={t(`reports.downloads.${format}Label`)}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                  d="M7 1h2v7.6l2.6-2.6L13 7.4 8 12.4 3 7.4 4.4 6 7 8.6ZM2 13h12v2H2Z"
                  fill="currentColor"
                />
              </svg>
              {t(`reports.downloads.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
