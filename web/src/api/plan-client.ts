import type { IndicatorsResponse } from '@ntm/domain/indicators/types';
import type { PeriodicReport, ReportData, ReportNarrative } from '@ntm/domain/reports/report-types';
import { z } from 'zod';
import { call, type Result } from './admin-client';

// The plan's indicators (GET /api/indicators) and periodic reports (/api/reports): the types
// are the API's contracts (api/src/indicators/types.ts, api/src/reports/report-types.ts); the
// answers are checked for their outline only, the contract vouches for the rest.

export type ReportFormat = 'docx' | 'xlsx' | 'csv' | 'json';
export type ReportState = PeriodicReport['state'];

const outline = <T>(keys: string[]) =>
  z.custom<T>(
    (value) =>
      typeof value === 'object' && value !== null && keys.every((key) => key in (value as object)),
  );

export const planClient = {
  indicators(year: number, signal?: AbortSignal): Promise<Result<IndicatorsResponse>> {
    return call(
      `/indicators?year=${year}`,
      outline<IndicatorsResponse>(['year', 'indicators', 'charts']),
      { signal },
    );
  },
  async reports(year: number, signal?: AbortSignal): Promise<Result<PeriodicReport[]>> {
    const result = await call(
      `/reports?year=${year}`,
      outline<{ reports: PeriodicReport[] }>(['reports']),
      { signal },
    );
    return result.ok ? { ok: true, value: result.value.reports } : result;
  },
  /** The report's numbers as the DOCX has them: frozen for a sent version, live otherwise. */
  periodic(
    period: string,
    version: number | null,
    signal?: AbortSignal,
  ): Promise<Result<{ report: PeriodicReport | null; data: ReportData }>> {
    return call(
      periodicPath(period, 'json', version).slice('/api'.length),
      outline<{ report: PeriodicReport | null; data: ReportData }>(['data']),
      { signal },
    );
  },
  /** A new draft of a period: the first, or the next version after a sent one. */
  create(period: string): Promise<Result<PeriodicReport>> {
    return call('/reports', reportAnswer, { method: 'POST', json: { period } }).then(unwrap);
  },
  update(
    id: number,
    patch: { number?: string | null; narrative?: Partial<ReportNarrative> },
  ): Promise<Result<PeriodicReport>> {
    return call(`/reports/${id}`, reportAnswer, { method: 'PATCH', json: patch }).then(unwrap);
  },
  move(id: number, to: ReportState): Promise<Result<PeriodicReport>> {
    return call(`/reports/${id}/transitions`, reportAnswer, { method: 'POST', json: { to } }).then(
      unwrap,
    );
  },
};

// A write answers the record itself or `{ report }`; either is taken.
const reportAnswer = outline<PeriodicReport | { report: PeriodicReport }>([]);
function unwrap(
  result: Result<PeriodicReport | { report: PeriodicReport }>,
): Result<PeriodicReport> {
  if (!result.ok) return result;
  const value = result.value;
  return { ok: true, value: 'report' in value ? value.report : value };
}

/** The address of one format of a period's report (a version, or the latest). */
export function periodicPath(period: string, format: ReportFormat, version: number | null) {
  const params = new URLSearchParams({ period, format });
  if (version !== null) params.set('version', String(version));
  return `/api/reports/periodic?${params}`;
}
