import type { reportStates } from '@ntm/db/schema/values';
import type { InferRequestType } from 'hono/client';
import { answer, api, type Body, settle, withSignal } from './api';
import { idParam } from './id-param';

// The plan's indicators (GET /api/indicators) and periodic reports (/api/reports), as the API
// answers them (api/src/indicators, api/src/reports). Every call resolves to a Result.

export type ReportFormat = 'docx' | 'xlsx' | 'csv' | 'json';
export type ReportState = (typeof reportStates)[number];
export type IndicatorsResponse = Body<typeof api.indicators.$get>;
export type PeriodicReport = Body<typeof api.reports.$get>['reports'][number];
type Periodic = Body<typeof api.reports.periodic.$get>;
export type ReportPatch = InferRequestType<(typeof api.reports)[':id']['$patch']>['json'];

export const planClient = {
  indicators: (year: number, signal?: AbortSignal) =>
    settle(answer(api.indicators.$get({ query: { year: String(year) } }, withSignal(signal)))),
  reports: (year: number, signal?: AbortSignal) =>
    settle(
      answer(api.reports.$get({ query: { year: String(year) } }, withSignal(signal))).then(
        (body) => body.reports,
      ),
    ),
  /** The report's numbers as the DOCX has them: frozen for a sent version, live otherwise. */
  periodic: (period: string, version: number | null, signal?: AbortSignal) =>
    settle(
      answer(
        api.reports.periodic.$get(
          {
            query: {
              period,
              format: 'json',
              ...(version === null ? {} : { version: String(version) }),
            },
          },
          withSignal(signal),
        ),
      ) as Promise<Extract<Periodic, { data: unknown }>>,
    ),
  /** A new draft of a period: the first, or the next version after a sent one. */
  create: (period: string) => settle(answer(api.reports.$post({ json: { period } }))),
  update: (id: number, patch: ReportPatch) =>
    settle(answer(api.reports[':id'].$patch({ ...idParam(id), json: patch }))),
  move: (id: number, to: ReportState) =>
    settle(answer(api.reports[':id'].transitions.$post({ ...idParam(id), json: { to } }))),
};

/** The address of one format of a period's report (a version, or the latest). */
export function periodicPath(period: string, format: ReportFormat, version: number | null) {
  const params = new URLSearchParams({ period, format });
  if (version !== null) params.set('version', String(version));
  return `/api/reports/periodic?${params}`;
}
