import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import { useTranslation } from 'react-i18next';
import { formatCommuneDateTime } from '../i18n/format';
import { CardTable } from '../ui/card-table';
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
    <CardTable
      className="report-versions"
      rows={versions}
      rowProps={(report) => ({
        'aria-current': report.version === selected ? 'true' : undefined,
      })}
      title={{
        label: t('reports.versions.version'),
        cell: (report) => t('reports.versions.versionN', { version: report.version }),
      }}
      columns={[
        {
          label: t('reports.versions.state'),
          cell: (report) => <StateChip state={report.state} />,
        },
        { label: t('reports.versions.number'), cell: (report) => report.number ?? '—' },
        {
          label: t('reports.versions.lastStep'),
          cell: (report) => {
            const step = lastStep(report);
            return t('reports.versions.by', {
              by: step.by ?? '—',
              time: formatCommuneDateTime(new Date(step.at)),
            });
          },
        },
      ]}
      actions={{
        label: t('reports.versions.view'),
        hidden: true,
        cell: (report) =>
          report.version === selected ? (
            <span className="muted">{t('reports.versions.viewing')}</span>
          ) : (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onSelect(report.version)}
            >
              {t('reports.versions.view')}
            </button>
          ),
      }}
    />
  );
}
