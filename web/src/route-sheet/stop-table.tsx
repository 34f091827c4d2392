import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../api/route-plan-client';
import { formatPlannedClock } from '../i18n/format';
import { levelOf } from '../risk/risk-level';

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
      <thead>
        <tr>
          <th scope="col" className="col-seq">
            {t('routeSheet.columns.seq')}
          </th>
          <th scope="col">{t('routeSheet.columns.name')}</th>
          <th scope="col" className="col-place">
            {t('routeSheet.columns.place')}
          </th>
          <th scope="col" className="col-time col-window">
            {t('routeSheet.columns.window')}
          </th>
          <th scope="col" className="col-time">
            {t('routeSheet.columns.arrival')}
          </th>
          <th scope="col" className="col-time">
            {t('routeSheet.columns.end')}
          </th>
          <th scope="col" className="col-risk">
            {t('routeSheet.columns.risk')}
          </th>
          <th scope="col" className="col-fill">
            {t('routeSheet.columns.result')}
          </th>
          <th scope="col" className="col-fill">
            {t('routeSheet.columns.note')}
          </th>
        </tr>
      </thead>
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
