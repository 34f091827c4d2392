import type { DueItem, Indicator } from '@ntm/domain/indicators/types';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../i18n/format';
import { Link } from '../router/link';
import { ColumnHeads } from '../ui/column-heads';
import { formatSafeCount } from './indicator-format';

interface IndicatorDrilldownProps {
  indicator: Indicator;
  /** The dashboard without the drill-down, for the close link. */
  closeTo: string;
}

/**
 * What is still missing for one indicator, most urgent first: tips not yet handled (received,
 * stage, deadline, overdue), premises not reviewed, officers not trained, agencies that have
 * not reported. Focus moves to its heading when it opens, so a keyboard or screen-reader user
 * lands on it. None of the listed records has a page of its own in the app yet (tips are worked
 * on the map), so the rows name them ("Tin báo số 123") instead of linking.
 */
export function IndicatorDrilldown({ indicator, closeTo }: IndicatorDrilldownProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [indicator.code]);
  const { due, dueCount } = indicator;
  const n = formatSafeCount(t, dueCount);
  const isTips = indicator.code === 'đ';
  return (
    <section className="kpi-drill" aria-labelledby="kpi-drill-title">
      <header className="kpi-drill-head">
        <h2 id="kpi-drill-title" tabIndex={-1} ref={heading}>
          {t('indicators.drill.title', { code: indicator.code })}
        </h2>
        <Link to={closeTo} className="button button-secondary button-small">
          {t('indicators.drill.close')}
        </Link>
      </header>
      <p className="kpi-drill-name">{indicator.name}</p>
      {dueCount === 0 || due.length === 0 ? (
        <p className="empty-state kpi-drill-none">
          {dueCount === 0
            ? t(isTips ? 'indicators.drill.noneTips' : 'indicators.drill.none')
            : t('indicators.drill.count', { n })}
        </p>
      ) : (
        <>
          <p className="kpi-drill-count" data-due-count={String(dueCount)}>
            {typeof dueCount === 'number' && dueCount > due.length
              ? t('indicators.drill.countShown', { n, shown: due.length })
              : t('indicators.drill.count', { n })}
          </p>
          <DueTable items={due} tips={isTips} />
        </>
      )}
    </section>
  );
}

function DueTable({ items, tips }: { items: DueItem[]; tips: boolean }) {
  const { t } = useTranslation();
  const hasDates = items.some((i) => i.since || i.deadline);
  const sinceLabel = t(tips ? 'indicators.drill.received' : 'indicators.drill.since');
  return (
    <table className="data-table cards-on-phone due-table">
      <ColumnHeads
        columns={[
          t('indicators.drill.item'),
          t('indicators.drill.note'),
          hasDates && sinceLabel,
          hasDates && t('indicators.drill.deadline'),
        ]}
      />
      <tbody>
        {items.map((item, index) => (
          <tr key={`${item.kind}-${item.id ?? index}`} data-overdue={item.overdue || undefined}>
            <th scope="row" className="card-title">
              <KindChip kind={item.kind} label={item.label} /> {item.label}
            </th>
            <td data-label={t('indicators.drill.note')}>{item.note}</td>
            {hasDates && (
              <td data-label={sinceLabel}>{item.since ? formatCalendarDate(item.since) : '—'}</td>
            )}
            {hasDates && (
              <td data-label={t('indicators.drill.deadline')}>
                {item.deadline ? formatCalendarDate(item.deadline) : '—'}
                {item.overdue !== undefined && item.deadline && (
                  <span className={item.overdue ? 'state due-overdue' : 'state state-on'}>
                    {item.overdue && <span aria-hidden="true">! </span>}
                    {t(item.overdue ? 'indicators.drill.overdue' : 'indicators.drill.inTime')}
                  </span>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The record's kind ("Cơ sở", "Cán bộ"), unless its label already starts with it ("Tin báo số 12"). */
function KindChip({ kind, label }: { kind: DueItem['kind']; label: string }) {
  const { t } = useTranslation();
  const word = t(`indicators.drill.kinds.${kind}`);
  if (label.toLocaleLowerCase('vi').startsWith(word.toLocaleLowerCase('vi'))) return null;
  return <span className="state state-off">{word}</span>;
}
