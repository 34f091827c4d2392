import type { ReportData, VillageBreakdown } from '@ntm/domain/reports/report-types';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatCommuneDateTime, formatInteger } from '../i18n/format';
import {
  formatIndicatorTarget,
  formatIndicatorValue,
  formatSafeCount,
  formatShare,
} from '../indicators/indicator-format';
import { StatusBadge } from '../indicators/status-badge';
import { ColumnHeads } from '../ui/column-heads';
import { FactList } from '../ui/fact-list';
import { labelOf } from './report-labels';

/**
 * The report's main tables as the DOCX and XLSX have them, from its JSON: the indicators with
 * the dashboard's own formatting, then businesses, inspections, tips, support (suppressed),
 * trainings, communication, online violations and the agencies' reports.
 */
export function ReportPreview({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  // Keys of reports.preview, built from the table's name; the catalogue holds every one used.
  const p = (key: string) => t(`reports.preview.${key}` as never);
  const share = (value: number | null) => (value === null ? '—' : formatShare(value));
  const n = formatInteger;
  /** Facts that are plain counts, each labelled by its own key. */
  const counts = <K extends string>(of: Record<K, number>, keys: K[]) =>
    keys.map((key) => [p(key), n(of[key])] as const);
  const { businesses, inspections, tips, support, trainings, communication } = data;
  return (
    <div className="report-preview">
      <Section title={p('indicators')}>
        <Table
          head={[p('indicator'), p('result'), p('target'), p('status')]}
          rows={data.indicators.map((i) => [
            <span key="name">
              <strong>{i.code})</strong> {i.name}
            </span>,
            formatIndicatorValue(t, i),
            formatIndicatorTarget(t, i),
            <StatusBadge key="status" status={i.status} />,
          ])}
          testId="report-indicators"
        />
      </Section>
      <Section title={p('businesses')}>
        <Table
          head={[p('type'), p('active'), p('suspended'), p('closed'), p('total')]}
          rows={businesses.byType.map((row) => [
            labelOf(t, 'businessType', row.type),
            n(row.active),
            n(row.suspended),
            n(row.closed),
            n(row.total),
          ])}
        />
        <p className="muted">
          {t('reports.preview.added', {
            added: n(businesses.added),
            reviewed: n(businesses.reviewed),
          })}
        </p>
        {businesses.byVillage && <VillageTable byVillage={businesses.byVillage} />}
      </Section>
      <Section title={p('inspections')}>
        <FactList
          className="report-facts"
          facts={[
            [p('inspectionsTotal'), n(inspections.total)],
            ...counts(inspections, ['scheduled', 'surprise', 'withViolation']),
            [
              p('fines'),
              t('reports.preview.finesValue', {
                n: n(inspections.fines.count),
                amount: n(inspections.fines.totalVnd),
              }),
            ],
          ]}
        />
        <div className="report-columns">
          <Table
            head={[p('violation'), p('count')]}
            rows={inspections.violationsByKind.map((r) => [
              labelOf(t, 'violation', r.kind),
              n(r.count),
            ])}
          />
          <Table
            head={[p('measure'), p('count')]}
            rows={inspections.measures.map((r) => [labelOf(t, 'measure', r.measure), n(r.count)])}
          />
        </div>
      </Section>
      <Section title={p('tips')}>
        <FactList
          className="report-facts"
          facts={[
            ...counts(tips, ['received', 'handled', 'transferred', 'unfounded', 'open', 'overdue']),
            [p('handledShare'), share(tips.handledShare)],
          ]}
        />
        <Table
          head={[p('category'), p('count')]}
          rows={tips.byCategory.map((r) => [labelOf(t, 'tipCategory', r.category), n(r.count)])}
        />
      </Section>
      <Section title={p('support')}>
        <FactList
          className="report-facts"
          facts={[
            [p('eligible'), formatSafeCount(t, support.eligible)],
            [p('reached'), formatSafeCount(t, support.reached)],
            [
              p('share'),
              // Hidden with its counts, as the DOCX and XLSX write it ("ẩn"), not a dash.
              support.share === null &&
              [support.reached, support.eligible].some((c) => typeof c !== 'number')
                ? formatSafeCount(t, 'hidden')
                : share(support.share),
            ],
            [p('opened'), formatSafeCount(t, support.opened)],
          ]}
        />
        <Table
          head={[p('service'), p('connected')]}
          rows={support.byService.map((r) => [
            labelOf(t, 'supportService', r.service),
            formatSafeCount(t, r.connected),
          ])}
        />
      </Section>
      <Section title={p('trainings')}>
        <p>
          {t('reports.preview.officersTrained', {
            trained: n(trainings.officersTrained),
            total: n(trainings.officersTotal),
          })}
        </p>
        <Table
          head={[p('course'), p('heldOn'), p('attendees')]}
          rows={trainings.courses.map((c) => [
            c.course,
            formatCalendarDate(c.heldOn),
            n(c.attendees),
          ])}
        />
      </Section>
      <Section title={p('communication')}>
        <Table
          head={[p('heldOn'), p('activity'), p('place'), p('audience'), p('reach')]}
          rows={communication.activities.map((a) => [
            formatCalendarDate(a.heldOn),
            a.title,
            a.placeName,
            labelOf(t, 'audience', a.audience),
            n(a.reach),
          ])}
        />
        <p className="muted">
          {t('reports.preview.reachTotal', { reach: n(communication.reach) })}
        </p>
      </Section>
      <Section title={p('online')}>
        <FactList
          className="report-facts"
          facts={counts(data.onlineViolations, ['found', 'takedownRequested', 'removed'])}
        />
      </Section>
      <Section title={p('reporting')}>
        <Table
          head={[p('agency'), p('channel'), p('submittedAt')]}
          rows={data.reporting.agencies.map((a) => [
            a.name,
            a.channel ? p(`channels.${a.channel}`) : p('notSubmitted'),
            a.submittedAt ? submitted(a.submittedAt) : '—',
          ])}
        />
        <p className="muted">
          {t('reports.preview.electronicShare', { share: share(data.reporting.electronicShare) })}
        </p>
      </Section>
    </div>
  );
}

/** A calendar date as is; an instant in the commune's time. */
function submitted(at: string): string {
  return at.length === 10 ? formatCalendarDate(at) : formatCommuneDateTime(new Date(at));
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Table(props: { head: string[]; rows: ReactNode[][]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table cards-on-phone report-table" data-testid={props.testId}>
      <ColumnHeads columns={props.head} />
      <tbody>
        {props.rows.length === 0 && (
          <tr>
            <td className="muted" colSpan={props.head.length}>
              {t('reports.preview.none')}
            </td>
          </tr>
        )}
        {props.rows.map((row, r) => (
          // Rows have no id of their own; their order is the report's.
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={props.head[c]} data-label={props.head[c]}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Premises and inspections per village of the period's map (the villages valid on its last day
 * counted), with the version of the outlines named under the title and a total line.
 */
function VillageTable({ byVillage }: { byVillage: VillageBreakdown }) {
  const { t } = useTranslation();
  const p = (key: string) => t(`reports.preview.${key}` as never);
  const n = formatInteger;
  const sum = (pick: (r: VillageBreakdown['rows'][number]) => number) =>
    byVillage.rows.reduce((s, r) => s + pick(r), 0);
  const note = byVillage.versionFrom
    ? t('legend.villageVersionFrom', { date: formatCalendarDate(byVillage.versionFrom) })
    : byVillage.versionTo
      ? t('legend.villageVersionBefore', { date: formatCalendarDate(byVillage.versionTo) })
      : null;
  return (
    <>
      <h4 className="report-subtitle">{p('byVillage')}</h4>
      {note && <p className="muted village-version-note">{note}</p>}
      <Table
        head={[p('village'), p('businessCount'), p('inspectionCount'), p('withViolation')]}
        rows={[
          ...byVillage.rows.map((r) => [
            r.village ?? p('outsideVillages'),
            n(r.businesses),
            n(r.inspections),
            n(r.withViolation),
          ]),
          [
            <strong key="total">{p('totalRow')}</strong>,
            <strong key="b">{n(sum((r) => r.businesses))}</strong>,
            <strong key="i">{n(sum((r) => r.inspections))}</strong>,
            <strong key="v">{n(sum((r) => r.withViolation))}</strong>,
          ],
        ]}
        testId="report-by-village"
      />
    </>
  );
}
