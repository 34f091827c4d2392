import '../indicators/indicators.css';
import './reports.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../api/admin-client';
import type { Session } from '../api/auth-client';
import { planClient, type ReportState } from '../api/plan-client';
import { useLoad } from '../api/use-load';
import { mayCall } from '../auth/permissions';
import { formatCommuneDate, formatCommuneDateTime } from '../i18n/format';
import { navigate } from '../router/use-location';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { LoadError, Spinner } from '../ui/load-status';
import { PageHeading } from '../ui/page-heading';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { PeriodPicker, periodName } from './period-picker';
import { ReportDownloads } from './report-downloads';
import { failureMessage, ReportEditor } from './report-editor';
import { type PeriodOption, readReportPeriod } from './report-periods';
import { ReportPreview } from './report-preview';
import { ReportVersions } from './report-versions';
import { mayStartVersion, nextSteps, versionsOf } from './report-workflow';

/** `/bao-cao?ky=2026-Q3&ban=2`: the period and the version on view (else the newest). */
function pathOf(period: PeriodOption, version: number | null): string {
  const params = new URLSearchParams({ ky: period.code });
  if (version !== null) params.set('ban', String(version));
  return `/bao-cao?${params}`;
}

/**
 * The periodic report (/bao-cao): pick a period, preview its tables, download it in four
 * formats. The health station also drafts it, edits its number and free texts, and walks it
 * through review, approval and sending; a sent version is frozen and a new one may follow.
 * Leadership, police and culture read and download only.
 */
export function ReportsPage({ session, search }: { session: Session; search: string }) {
  const { t } = useTranslation();
  const today = vietnamToday();
  const period = readReportPeriod(search, today);
  const asked = Number(new URLSearchParams(search).get('ban'));
  const writes = mayCall(session.role, 'POST /api/reports');
  const [stamp, setStamp] = useState(0);
  const list = useLoad(
    (signal) => planClient.reports(period.year, signal),
    `reports:${period.year}`,
  );
  const versions = list.state.status === 'ready' ? versionsOf(list.state.data, period.code) : [];
  const selected = versions.find((r) => r.version === asked) ?? versions[0] ?? null;
  const version = selected?.version ?? null;
  const preview = useLoad(
    (signal) => planClient.periodic(period.code, version, signal),
    `periodic:${period.code}:${version}:${stamp}`,
  );
  const slow = useDelayedFlag(preview.state.status === 'loading', 1000);

  /** After a write the API answered: the list takes the new record and the preview reloads. */
  function took(report: PeriodicReport) {
    list.update((reports) => [...reports.filter((r) => r.id !== report.id), report]);
    setStamp((s) => s + 1);
    if (report.version !== version) navigate(pathOf(period, report.version), { replace: true });
  }

  return (
    <div className="reports-page">
      <PageHeading title={t('reports.title')} intro={t('reports.intro')} />
      <PeriodPicker
        value={period}
        today={today}
        onChange={(next) => navigate(pathOf(next, null))}
      />
      {!writes && <p className="notice report-read-only">{t('reports.readOnly')}</p>}
      {list.state.status === 'error' && (
        <LoadError failure={list.state.failure} onRetry={list.retry} />
      )}
      {selected?.state === 'sent' && <SentBanner report={selected} />}
      <div className="report-panels">
        <section className="report-panel" aria-labelledby="report-versions-title">
          <h2 id="report-versions-title">
            {t('reports.versions.title')} · {periodName(t, period)} {period.year}
          </h2>
          {list.state.status === 'ready' ? (
            <ReportVersions
              versions={versions}
              selected={version}
              onSelect={(v) => navigate(pathOf(period, v))}
            />
          ) : (
            list.state.status === 'loading' && <Spinner text={t('pageState.loading')} />
          )}
          {writes && list.state.status === 'ready' && (
            <Workflow period={period} versions={versions} selected={selected} onChanged={took} />
          )}
        </section>
        <section className="report-panel">
          <ReportDownloads period={period.code} version={version} />
        </section>
      </div>
      {writes && selected?.state === 'draft' && (
        <ReportEditor key={`${selected.id}:${selected.state}`} report={selected} onSaved={took} />
      )}
      <section className="report-preview-wrap" aria-labelledby="report-preview-title">
        <h2 id="report-preview-title">
          {t('reports.preview.title', { period: `${periodName(t, period)} ${period.year}` })}
        </h2>
        {preview.state.status === 'loading' && slow && <Spinner text={t('reports.loading')} />}
        {preview.state.status === 'error' && (
          <LoadError failure={preview.state.failure} onRetry={preview.retry} />
        )}
        {preview.state.status === 'ready' && (
          <>
            {preview.state.data.report?.state !== 'sent' && (
              <p className="muted">
                {t('reports.liveData', {
                  time: formatCommuneDateTime(new Date(preview.state.data.data.computedAt)),
                })}
              </p>
            )}
            {list.state.status === 'ready' && versions.length === 0 && (
              <p className="empty-state">{t('reports.noReport')}</p>
            )}
            <ReportPreview data={preview.state.data.data} />
          </>
        )}
      </section>
    </div>
  );
}

function SentBanner({ report }: { report: PeriodicReport }) {
  const { t } = useTranslation();
  const sentAt = new Date(report.sentAt ?? report.createdAt);
  return (
    <div className="banner report-sent-banner" role="status">
      <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7Zm2 0h4V5a2 2 0 1 0-4 0Z"
          fill="currentColor"
          fillRule="evenodd"
        />
      </svg>
      <div>
        <strong>{t('reports.sentBanner', { date: formatCommuneDate(sentAt) })}</strong>
        <p>
          {t('reports.sentBannerDetail', {
            version: report.version,
            by: report.sentBy ?? '—',
            time: formatCommuneDateTime(sentAt),
          })}
        </p>
      </div>
    </div>
  );
}

interface WorkflowProps {
  period: PeriodOption;
  versions: PeriodicReport[];
  selected: PeriodicReport | null;
  onChanged: (report: PeriodicReport) => void;
}

/** The health station's buttons: start a draft or a new version, move the newest one on. */
function Workflow({ period, versions, selected, onChanged }: WorkflowProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [moved, setMoved] = useState<ReportState | null>(null);
  const [confirming, setConfirming] = useState(false);
  const newest = versions[0] ?? null;
  const steps = selected && selected === newest ? nextSteps(selected.state) : [];

  async function run(write: () => ReturnType<typeof planClient.create>) {
    setPending(true);
    setFailure(null);
    setMoved(null);
    const result = await write();
    setPending(false);
    setConfirming(false);
    if (result.ok) {
      if (selected && result.value.id === selected.id) setMoved(result.value.state);
      onChanged(result.value);
    } else setFailure(result.failure);
  }

  return (
    <div className="report-workflow">
      <div className="report-workflow-buttons">
        {mayStartVersion(versions) && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => !pending && run(() => planClient.create(period.code))}
          >
            {pending
              ? t('reports.actions.creating')
              : t(newest ? 'reports.actions.newVersion' : 'reports.actions.create')}
          </button>
        )}
        {selected &&
          steps.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'draft' ? 'button button-secondary' : 'button'}
              aria-disabled={pending || undefined}
              onClick={() => {
                if (pending) return;
                if (to === 'sent') setConfirming(true);
                else void run(() => planClient.move(selected.id, to));
              }}
            >
              {t(`reports.actions.to.${to}`)}
            </button>
          ))}
      </div>
      <p className="form-problem" role="alert">
        {failure ? failureMessage(t, failure) : ''}
      </p>
      {moved && (
        <p className="notice notice-done" role="status">
          {t('reports.actions.moved', { state: t(`reports.states.${moved}`) })}
        </p>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title={t('reports.actions.confirmSendTitle', {
            period: `${periodName(t, period)} ${period.year}`,
          })}
          text={t('reports.actions.confirmSend')}
          confirmLabel={t('reports.actions.confirmSendButton')}
          pending={pending}
          onConfirm={() => void run(() => planClient.move(selected.id, 'sent'))}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
