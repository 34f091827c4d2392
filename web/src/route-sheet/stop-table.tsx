import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../api/route-plan-client';
import { formatPlannedClock } from '../i18n/format';
import { levelOf } from '../risk/risk-level';
import { ColumnHeads } from '../ui/column-heads';

/** Where a premises is, when the business list has it: its address and village. */
export type PlaceOf = (businessId: number) => string | null;

const clock = formatPlannedClock;

interface StopTableProps {
  teamName: string;
  stops: PlanStop[];
  placeOf: PlaceOf;
}

/**
 * The sheet's ordered table, one row per stop. "Kết quả" and "Ghi chú" stay empty: the team
 * fills them in by hand at the door.
 */
export function StopTable({ teamName, stops, placeOf }: StopTableProps) {
  const { t } = useTranslation();
  return (
    <table className="sheet-table">
      <caption className="visually-hidden">
        {t('routeSheet.stopsCaption', { team: teamName })}
      </caption>
      <ColumnHeads
        columns={[
          { label: t('routeSheet.columns.seq'), className: 'col-seq' },
          t('routeSheet.columns.name'),
          { label: t('routeSheet.columns.place'), className: 'col-place' },
          { label: t('routeSheet.columns.window'), className: 'col-time col-window' },
          { label: t('routeSheet.columns.arrival'), className: 'col-time' },
          { label: t('routeSheet.columns.end'), className: 'col-time' },
          { label: t('routeSheet.columns.risk'), className: 'col-risk' },
          { label: t('routeSheet.columns.result'), className: 'col-fill' },
          { label: t('routeSheet.columns.note'), className: 'col-fill' },
        ]}
      />
      <tbody>
        {stops.map((stop) => (
          <tr key={stop.businessId} className="sheet-stop">
            <td className="col-seq">{stop.seq}</td>
            <td>
              {stop.name}
              {stop.reason === 'random' && (
                <span className="sheet-random"> ({t('routeSheet.randomPick')})</span>
              )}
            </td>
            <td className="col-place">{placeOf(stop.businessId) ?? ''}</td>
            <td className="col-time col-window">
              {stop.window
                ? `${clock(stop.window.from)}–${clock(stop.window.to)}`
                : t('routeSheet.noWindow')}
            </td>
            <td className="col-time">{clock(stop.arrival)}</td>
            <td className="col-time">{clock(stop.departure)}</td>
            <td className="col-risk">
              {t(`risk.levels.${levelOf(stop.riskScore)}`)} ({Math.round(stop.riskScore)})
            </td>
            <td className="col-fill" />
            <td className="col-fill" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
