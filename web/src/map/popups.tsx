import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BusinessFeature,
  dayKeys,
  type KeyAreaFeature,
  type OpeningHours,
  type VillageFeature,
} from '../api/geo-types';
import {
  communeWeekTime,
  describeDay,
  isOpenAt,
  type RangeDescription,
} from '../format/opening-hours';
import { formatAreaKm2, formatCalendarDate, formatInteger } from '../i18n/format';
import { businessTypeColors, keyAreaColors, keyAreaDashes } from '../theme/colors';
import { ColumnHeads } from '../ui/column-heads';
import { AreaSwatch, CircleSwatch } from '../ui/swatch';

function useRangeText(): (range: RangeDescription) => string {
  const { t } = useTranslation();
  return (range) => {
    if (range.kind === 'all-day') return t('hours.allDay');
    const key = range.kind === 'overnight' ? 'hours.overnight' : 'hours.range';
    return t(key, { from: range.from, to: range.to });
  };
}

function OpeningHoursTable({ hours, now }: { hours: OpeningHours; now: Date }) {
  const { t } = useTranslation();
  const rangeText = useRangeText();
  const weekTime = communeWeekTime(now);
  const open = isOpenAt(hours, weekTime);
  const dayText = (day: (typeof dayKeys)[number]) => {
    const ranges = describeDay(hours[day]);
    return ranges.length === 0 ? t('hours.closed') : ranges.map(rangeText).join(', ');
  };
  return (
    <section className="hours" aria-label={t('hours.title')}>
      <h3>
        {t('hours.title')}{' '}
        <span className={`badge ${open ? 'badge-open' : 'badge-shut'}`}>
          {t(open ? 'hours.openNow' : 'hours.closedNow')}
        </span>
      </h3>
      <p className="hours-today">
        <strong>{t(`days.${weekTime.day}`)}</strong>{' '}
        <span className="today-note">({t('hours.today')})</span>: {dayText(weekTime.day)}
      </p>
      {/* The week folded away: seven rows pushed the popup's actions off a phone's screen. */}
      <details className="hours-week">
        <summary>{t('hours.week')}</summary>
        <table>
          <ColumnHeads className="visually-hidden" columns={[t('hours.day'), t('hours.time')]} />
          <tbody>
            {dayKeys.map((day) => {
              const ranges = describeDay(hours[day]);
              const isToday = day === weekTime.day;
              return (
                <tr key={day} className={isToday ? 'today' : undefined}>
                  <th scope="row" aria-current={isToday ? 'date' : undefined}>
                    {t(`days.${day}`)}
                    {isToday && <span className="today-note"> ({t('hours.today')})</span>}
                  </th>
                  <td className={ranges.length === 0 ? 'closed' : undefined}>{dayText(day)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export function BusinessPopup({
  business,
  now,
  actions,
}: {
  business: BusinessFeature;
  now: Date;
  /** Edit buttons for those who may propose changes; nothing for the others. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const p = business.properties;
  const unknown = <span className="muted">{t('business.unknown')}</span>;
  return (
    <article className="popup" lang="vi">
      <header className="popup-header">
        <CircleSwatch color={businessTypeColors[p.type]} />
        <h2>{p.name}</h2>
      </header>
      <p className="badges">
        <span className="badge badge-type">{t(`businessType.${p.type}`)}</span>
        <span className={`badge badge-status-${p.status}`}>{t(`businessStatus.${p.status}`)}</span>
      </p>
      {/* First after the name: what the officer at the door came for, never below the fold. */}
      {actions && <div className="popup-actions">{actions}</div>}
      <dl className="facts">
        <dt>{t('business.address')}</dt>
        <dd>{p.address || unknown}</dd>
        <dt>{t('business.village')}</dt>
        <dd>{p.villageName || unknown}</dd>
        <dt>{t('business.licensedTrade')}</dt>
        <dd>{p.licensedTrade || unknown}</dd>
        <dt>{t('business.licenceNumber')}</dt>
        <dd>{p.licenceNumber || unknown}</dd>
        <dt>{t('business.reviewedAt')}</dt>
        <dd>{p.reviewedAt ? formatCalendarDate(p.reviewedAt) : t('business.notReviewed')}</dd>
      </dl>
      {p.openingHours ? (
        <OpeningHoursTable hours={p.openingHours} now={now} />
      ) : (
        <p className="muted">{t('hours.unknown')}</p>
      )}
    </article>
  );
}

/**
 * A premises drawn from tiles, while its full record comes from the API: what the tile knew (its
 * name and type) at once, and a line that says it is loading, or that it could not be loaded.
 */
export function BusinessPopupLoading({
  name,
  type,
  failed,
}: {
  name: string;
  type: BusinessFeature['properties']['type'] | undefined;
  failed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <article className="popup" lang="vi" aria-busy={!failed}>
      <header className="popup-header">
        {type && <CircleSwatch color={businessTypeColors[type]} />}
        <h2>{name}</h2>
      </header>
      {failed ? (
        <p className="popup-failed" role="alert">
          {t('business.loadFailed')}
        </p>
      ) : (
        <p className="popup-loading" role="status">
          <span className="spinner spinner-inline" aria-hidden="true" />
          {t('business.loading')}
        </p>
      )}
    </article>
  );
}

/** What is at a clicked place that is not a business: its village and any key areas. */
export function PlacePopup({
  village,
  keyAreas,
}: {
  village: VillageFeature | undefined;
  keyAreas: KeyAreaFeature[];
}) {
  const { t } = useTranslation();
  const v = village?.properties;
  return (
    <article className="popup" lang="vi">
      {v && (
        <>
          <header className="popup-header">
            <h2>
              {t('village.kind')} {v.name}
            </h2>
          </header>
          <dl className="facts">
            {v.formerCommune && (
              <>
                <dt>{t('village.formerCommune')}</dt>
                <dd>{v.formerCommune}</dd>
              </>
            )}
            {v.population !== null && (
              <>
                <dt>{t('village.population')}</dt>
                <dd>{t('units.people', { value: formatInteger(v.population) })}</dd>
              </>
            )}
            {v.areaKm2 !== null && (
              <>
                <dt>{t('village.area')}</dt>
                <dd>{t('units.km2', { value: formatAreaKm2(v.areaKm2) })}</dd>
              </>
            )}
          </dl>
        </>
      )}
      {keyAreas.length > 0 && (
        <section>
          <h3>{t('village.keyAreas')}</h3>
          <ul className="key-area-list">
            {keyAreas.map(({ properties: k }) => (
              <li key={String(k.id)}>
                <AreaSwatch
                  fill={keyAreaColors[k.kind].fill}
                  line={keyAreaColors[k.kind].line}
                  dashes={keyAreaDashes[k.kind]}
                />
                <span>
                  <strong>{k.name}</strong>
                  <br />
                  <span className="muted">{t(`keyAreaKind.${k.kind}`)}</span>
                  {k.note && <span className="note">{k.note}</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
