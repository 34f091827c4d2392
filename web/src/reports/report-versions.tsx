import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import { useTranslation } from 'react-i18next';
import { formatCommuneDateTime } from '../i18n/format';
import { ColumnHeads } from '../ui/column-heads';
import { lastStep } from './report-workflow';

const stateClass: Record<PeriodicReport['state'], string> = {
  draft: 'state state-off',
  reviewed: 'state state-warn',
  approved: 'state state-info',
  sent: 'state state-on',
};

function StateChip({ state }: { state: PeriodicReport['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={stateClass[state]} data-state={state}>
      {t(`reports.states.${state}`)}
    </span>
  );
}

interface ReportVersionsProps {
  versions: PeriodicReport[];
  selected: number | null;
  onSelect: (version: number) => void;
}

/** A period's versions, newest first: state, number, and who made the last step when. */
export function ReportVersions({ versions, selected, onSelect }: ReportVersionsProps) {
  const { t } = useTranslation();
  if (versions.length === 0) return <p className="muted">{t('reports.versions.none')}</p>;
  return (
    <table className="data-table cards-on-phone report-versions">
      <ColumnHeads
        columns={[
          t('reports.versions.version'),
          t('reports.versions.state'),
          t('reports.versions.number'),
          t('reports.versions.lastStep'),
          { label: t('reports.versions.view'), hidden: true },
        ]}
      />
      <tbody>
        {versions.map((report) => {
          const step = lastStep(report);
          const current = report.version === selected;
          return (
            <tr key={report.id} aria-current={current ? 'true' : undefined}>
              <th scope="row" className="card-title">
                {t('reports.versions.versionN', { version: report.version })}
              </th>
              <td data-label={t('reports.versions.state')}>
                <StateChip state={report.state} />
              </td>
              <td data-label={t('reports.versions.number')}>{report.number ?? '—'}</td>
              <td data-label={t('reports.versions.lastStep')}>
                {t('reports.versions.by', {
                  by: step.by ?? '—',
                  time: formatCommuneDateTime(new Date(step.at)),
                })}
              </td>
              <td className="row-actions">
                {current ? (
                  <span className="muted">{t('reports.versions.viewing')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => onSelect(report.version)}
                  >
                    {t('reports.versions.view')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
