import type { DueItem, Indicator } from '@ntm/domain/indicators/types';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../i18n/format';
import { Link } from '../router/link';
import { CardTable } from '../ui/card-table';
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
    <CardTable
      className="due-table"
      rows={items}
      rowKey={(item, index) => `${item.kind}-${item.id ?? index}`}
      rowProps={(item) => ({ 'data-overdue': item.overdue || undefined })}
      title={{
        label: t('indicators.drill.item'),
        cell: (item) => (
          <>
            <KindChip kind={item.kind} label={item.label} /> {item.label}
          </>
        ),
      }}
      columns={[
        { label: t('indicators.drill.note'), cell: (item) => item.note },
        hasDates && {
          label: sinceLabel,
          cell: (item) => (item.since ? formatCalendarDate(item.since) : '—'),
        },
        hasDates && {
          label: t('indicators.drill.deadline'),
          cell: (item) => <Deadline item={item} />,
        },
      ]}
    />
  );
}

/** The date a record is due by, and whether it was met. */
function Deadline({ item }: { item: DueItem }) {
  const { t } = useTranslation();
  return (
    <>
      {item.deadline ? formatCalendarDate(item.deadline) : '—'}
      {item.overdue !== undefined && item.deadline && (
        <span className={item.overdue ? 'state due-overdue' : 'state state-on'}>
          {item.overdue && <span aria-hidden="true">! </span>}
          {t(item.overdue ? 'indicators.drill.overdue' : 'indicators.drill.inTime')}
        </span>
      )}
    </>
  );
}

/** The record's kind ("Cơ sở", "Cán bộ"), unless its label already starts with it ("Tin báo số 12"). */
function KindChip({ kind, label }: { kind: DueItem['kind']; label: string }) {
  const { t } = useTranslation();
  const word = t(`indicators.drill.kinds.${kind}`);
  if (label.toLocaleLowerCase('vi').startsWith(word.toLocaleLowerCase('vi'))) return null;
  return <span className="state state-off">{word}</span>;
}
