// The numbers of a periodic report for one period (contract: report-types.ts), from the same
// functions as the dashboard: the indicators are computed for the period's year as of the
// earlier of the period's last day and today, exactly as GET /api/indicators would for that day.
// Support numbers are always suppressed: a report leaves the health role.
import type { Sql } from '@ntm/db/client';
import {
  agencySubmissions,
  communeHeading,
  communicationHeld,
  inspectionCounts,
  inspectionFindings,
  officersWithTrainings,
  onlineViolationCounts,
  registryAsOf,
  tipBreakdown,
  tipCases,
  trainingCourses,
} from '@ntm/db/queries/indicators';
import { supportCounts } from '@ntm/db/queries/support';
import { villageMapVersion, villageTallies } from '@ntm/db/queries/village-tallies';
import { businessTypes, onlineViolationKinds, supportServices } from '@ntm/db/schema/values';
import { addDays, vietnamToday } from '../clock/vietnam-day';
import { DomainError } from '../domain-error';
import { computeIndicatorList, indicatorContext } from '../indicators/compute-indicators';
import { shareOf } from '../indicators/status';
import { openTipClock, statusAt } from '../indicators/tip-states';
import {
  dayOf,
  earlierDay,
  endOfDay,
  lastIndicatorYear,
  startOfDay,
} from '../indicators/year-clock';
import { suppressShare, suppressTable } from '../support/suppress';
import type { CommuneSettings } from '../tips/tip-rules';
import { isClosed } from '../tips/workflow';
import { parsePeriod, periodYear, submissionCodes } from './report-period';
import type { ReportData, ReportPeriod } from './report-types';
import { indicatorDSentence, periodSupportSentence } from './support-words';
import { formatCount, formatShare } from './vi-format';

export { parsePeriod };

const sumBy = <T>(rows: readonly T[], pick: (row: T) => number) =>
  rows.reduce((s, r) => s + pick(r), 0);

/**
 * Everything the report shows for `period`, taken at `now`. A period that has not begun is
 * refused (400 future-period); one that has not ended is counted up to today.
 */
export async function reportData(
  sql: Sql,
  env: CommuneSettings,
  period: ReportPeriod,
  now: Date,
): Promise<ReportData> {
  const today = vietnamToday(now);
  if (period.from > today || periodYear(period) > lastIndicatorYear) {
    throw new DomainError(400, 'future-period', `Kỳ báo cáo ${period.label} chưa bắt đầu`);
  }
  const asOf = earlierDay(period.to, today);
  const year = periodYear(period);
  const ctx = indicatorContext(sql, env, year, { asOf, now, exactSupport: false });
  const commune = env.COMMUNE_CODE;
  const from = startOfDay(period.from);
  const to = endOfDay(asOf);

  const indicators = await computeIndicatorList(ctx);
  const heading = await communeHeading(sql, commune);

  const registry = await registryAsOf(sql, commune, period.from, asOf);
  const byType = businessTypes.map((type) => {
    const of = registry.filter((r) => r.type === type);
    const count = (status: string) => of.filter((r) => r.status === status).length;
    return {
      type,
      active: count('active'),
      suspended: count('suspended'),
      closed: count('closed'),
      total: of.length,
    };
  });
  const added = registry.filter((r) => {
    const day = dayOf(r.createdAt);
    return day >= period.from && day <= asOf;
  }).length;

  const villageRows = await villageTallies(sql, commune, {
    yearFrom: period.from,
    asOf,
    from,
    to,
    villagesOn: asOf,
  });
  const mapVersion = await villageMapVersion(sql, commune, asOf);

  const counts = await inspectionCounts(sql, commune, from, to);
  const findings = await inspectionFindings(sql, commune, from, to);
  const fine = findings.find((f) => f.dimension === 'fine');

  const tips = await tipCases(sql, commune, from, to);
  const breakdown = await tipBreakdown(sql, commune, from, to);
  const tipState = (status: string) => tips.filter((t) => statusAt(t, ctx.at) === status).length;
  const open = tips.filter((t) => !isClosed(statusAt(t, ctx.at)));
  const resolved = tips.length - open.length;

  const support = await supportCounts(sql, commune, period.from, addDays(asOf, 1));
  const eligible = sumBy(support, (r) => r.eligible);
  const reached = sumBy(support, (r) => r.reached);
  const share = suppressShare(reached, eligible);
  const opened = suppressTable([{ key: 'opened', count: sumBy(support, (r) => r.opened) }]);
  const services = suppressTable(
    supportServices.map((service) => ({
      key: service,
      count: sumBy(support, (r) => r.connectedByService[service] ?? 0),
    })),
  );

  const officers = await officersWithTrainings(sql, commune, period.from, asOf);
  const activities = await communicationHeld(sql, commune, period.from, asOf);
  const online = await onlineViolationCounts(sql, commune, from, to);

  const codes = submissionCodes(period);
  const submissions = await agencySubmissions(sql, commune, codes);
  const agencyIds = [...new Set(submissions.map((s) => s.agencyId))];
  const agencies = agencyIds.map((id) => {
    const rows = submissions.filter((s) => s.agencyId === id && s.period !== null);
    const best = codes.map((code) => rows.find((r) => r.period === code)).find(Boolean);
    return {
      name: submissions.find((s) => s.agencyId === id)?.agency ?? '',
      channel: best?.channel ?? null,
      submittedAt: best?.submittedAt ?? null,
    };
  });

  return {
    period,
    commune: {
      code: commune,
      name: heading?.name ?? '',
      city: heading?.province ?? '',
    },
    computedAt: now.toISOString(),
    indicators,
    businesses: {
      byType,
      added,
      reviewed: registry.filter((r) => r.lastReview !== null).length,
      byVillage: {
        villagesOn: asOf,
        versionFrom: mapVersion.validFrom,
        versionTo: mapVersion.validTo,
        rows: villageRows.map((r) => ({
          village: r.villageName,
          businesses: r.businesses,
          inspections: r.inspections,
          withViolation: r.withViolation,
        })),
      },
    },
    inspections: {
      total: sumBy(counts, (r) => r.inspections),
      scheduled: sumBy(counts, (r) => (r.kind === 'scheduled' ? r.inspections : 0)),
      surprise: sumBy(counts, (r) => (r.kind === 'surprise' ? r.inspections : 0)),
      withViolation: sumBy(counts, (r) => r.withViolation),
      byType: businessTypes.map((type) => {
        const of = counts.filter((r) => r.businessType === type);
        return {
          type,
          inspections: sumBy(of, (r) => r.inspections),
          violations: sumBy(of, (r) => r.withViolation),
        };
      }),
      violationsByKind: findings
        .filter((f) => f.dimension === 'violation')
        .map((f) => ({ kind: f.code, count: f.count })),
      measures: findings
        .filter((f) => f.dimension === 'measure')
        .map((f) => ({ measure: f.code, count: f.count })),
      fines: { count: fine?.count ?? 0, totalVnd: fine?.totalVnd ?? 0 },
    },
    tips: {
      received: tips.length,
      handled: tipState('handled'),
      transferred: tipState('transferred'),
      unfounded: tipState('unfounded'),
      open: open.length,
      overdue: open.filter((t) => openTipClock(t, ctx.at, ctx.rules).due === 'overdue').length,
      handledShare: shareOf(resolved, tips.length),
      byCategory: breakdown
        .filter((b) => b.dimension === 'category')
        .map((b) => ({ category: b.value, count: b.count })),
      byChannel: breakdown
        .filter((b) => b.dimension === 'channel')
        .map((b) => ({ channel: b.value, count: b.count })),
    },
    support: {
      eligible: share.whole,
      reached: share.part,
      share: share.share,
      opened: opened.cells[0]?.count ?? 0,
      byService: services.cells.map((c) => ({ service: c.key, connected: c.count })),
    },
    trainings: {
      courses: await trainingCourses(sql, commune, period.from, asOf),
      officersTrained: officers.filter((o) => o.trainedOn.length > 0).length,
      officersTotal: officers.length,
    },
    communication: {
      activities: activities.map(({ heldOn, title, placeName, audience, reach }) => ({
        heldOn,
        title,
        placeName,
        audience,
        reach,
      })),
      reach: sumBy(activities, (a) => a.reach),
    },
    onlineViolations: {
      found: sumBy(online, (o) => o.count),
      byKind: onlineViolationKinds.map((kind) => ({
        kind,
        count: sumBy(
          online.filter((o) => o.kind === kind),
          (o) => o.count,
        ),
      })),
      takedownRequested: sumBy(
        online.filter((o) => o.takedownStatus !== 'not-requested'),
        (o) => o.count,
      ),
      removed: sumBy(
        online.filter((o) => o.takedownStatus === 'removed'),
        (o) => o.count,
      ),
    },
    reporting: {
      agencies,
      electronicShare: shareOf(
        agencies.filter((a) => a.channel === 'electronic').length,
        agencies.length,
      ),
    },
  };
}

// The summary's numbers as the report's tables print them (vi-format.ts); in a sentence a share
// with nothing to divide reads "chưa có số liệu" rather than a dash.
const viNumber = formatCount;
const viPercent = (share: number | null) =>
  share === null ? 'chưa có số liệu' : formatShare(share);

/**
 * "Tình hình chung" prefilled from the period's main numbers, in Vietnamese, for the health
 * station to edit. Support figures only as the report shows them (suppressed).
 */
export function defaultSummary(data: ReportData): string {
  const b = data.businesses.byType;
  const active = sumBy(b, (t) => t.active);
  const suspended = sumBy(b, (t) => t.suspended);
  const i = data.inspections;
  const t = data.tips;
  const c = data.communication;
  const tr = data.trainings;
  const s = data.support;
  const o = data.onlineViolations;
  const sentences = [
    `Trong ${data.period.label}, trên địa bàn xã ${data.commune.name} có ${viNumber(active + suspended)} cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm (${viNumber(active)} đang hoạt động, ${viNumber(suspended)} tạm ngừng); đã rà soát, cập nhật thông tin ${viNumber(data.businesses.reviewed)} cơ sở.`,
    `Lực lượng chức năng tiến hành ${viNumber(i.total)} cuộc kiểm tra (${viNumber(i.scheduled)} theo kế hoạch, ${viNumber(i.surprise)} đột xuất), phát hiện ${viNumber(i.withViolation)} trường hợp vi phạm${i.fines.count > 0 ? `, xử phạt ${viNumber(i.fines.count)} trường hợp với tổng số tiền ${viNumber(i.fines.totalVnd)} đồng` : ''}.`,
    `Tiếp nhận ${viNumber(t.received)} tin báo, tố giác, phản ánh: đã xử lý ${viNumber(t.handled)}, chuyển cơ quan có thẩm quyền ${viNumber(t.transferred)}, không có căn cứ ${viNumber(t.unfounded)}, đang giải quyết ${viNumber(t.open)}${t.overdue > 0 ? ` (trong đó ${viNumber(t.overdue)} quá hạn)` : ''}; tỷ lệ giải quyết ${viPercent(t.handledShare)}.`,
    `Tổ chức ${viNumber(c.activities.length)} hoạt động truyền thông, tuyên truyền với ${viNumber(c.reach)} lượt người tham dự; ${viNumber(tr.officersTrained)}/${viNumber(tr.officersTotal)} cán bộ được tập huấn, bồi dưỡng nghiệp vụ.`,
    `Công tác hỗ trợ: ${[
      indicatorDSentence(
        data.indicators.find((x) => x.code === 'd'),
        data.period.from.slice(0, 4),
      ),
      periodSupportSentence(s),
    ]
      .filter(Boolean)
      .join(' ')}`,
    `Phát hiện ${viNumber(o.found)} vi phạm trên môi trường mạng, đề nghị gỡ bỏ ${viNumber(o.takedownRequested)}, đã gỡ ${viNumber(o.removed)}.`,
  ];
  return sentences.join(' ');
}
