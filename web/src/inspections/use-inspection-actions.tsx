import './inspections.css';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import type { BusinessFeature } from '../api/geo-types';
import { inspectionClient } from '../api/inspection-client';
import { mayCall } from '../auth/permissions';
import { Link } from '../router/link';
import { navigate } from '../router/use-location';
import { BusinessTimeline } from './business-timeline';
import { outboxStore } from './outbox-store';
import { recordPath, selfAsMember, startRecord } from './start-record';
import { useOutbox } from './use-outbox';

interface Options {
  session: Session;
}

/**
 * The inspection team's part of the map (police and culture): in a business's popup, record
 * an inspection there (the form opens on the inspections page, kept on the phone from the
 * first tap) or see its timeline; in the side panel, what the phone still has to send. The
 * outbox also sends from here, so records go out while the officer stays on the map.
 */
export function useInspectionActions({ session }: Options) {
  const { t } = useTranslation();
  const enabled = mayCall(session.role, 'POST /api/inspections');
  const userId = String(session.user.id);
  const outbox = useOutbox({ userId, client: inspectionClient, store: outboxStore, enabled });
  const [timelineOf, setTimelineOf] = useState<{ id: number; name: string } | null>(null);

  const businessActions = useCallback(
    (business: BusinessFeature, close: () => void): ReactNode => {
      const target = { id: Number(business.id), name: business.properties.name };
      return (
        <>
          <button
            type="button"
            className="button"
            onClick={async () => {
              close();
              const key = await startRecord(outboxStore, {
                userId,
                business: target,
                target: { kind: 'new' },
                team: [selfAsMember(session.user.displayName, session.role)],
              });
              navigate(recordPath(key));
            }}
          >
            {t('inspections.recordAt')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              close();
              setTimelineOf(target);
            }}
          >
            {t('inspections.timeline')}
          </button>
        </>
      );
    },
    [t, userId, session.user.displayName, session.role],
  );

  const openTimeline = useCallback(
    (business: { id: number; name: string }) => setTimelineOf(business),
    [],
  );

  if (!enabled) return { businessActions: undefined, panelSection: null, view: null, openTimeline };

  const panelSection: ReactNode = (
    <section className="panel-section inspections-panel" aria-labelledby="inspections-panel-title">
      <h2 id="inspections-panel-title">{t('inspections.panel.title')}</h2>
      {(outbox.pending.length > 0 || outbox.failed.length > 0) && (
        <p className="badges">
          {outbox.pending.length > 0 && (
            <span className="badge badge-pending">
              {t('inspections.outbox.pending', { count: outbox.pending.length })}
            </span>
          )}
          {outbox.failed.length > 0 && (
            <span className="badge badge-failed">
              {t('inspections.outbox.failed', { count: outbox.failed.length })}
            </span>
          )}
        </p>
      )}
      <p className="muted">{t('inspections.fromMap')}</p>
      <Link to="/kiem-tra" className="button button-secondary">
        {t('inspections.openPage')}
      </Link>
    </section>
  );

  const view: ReactNode = timelineOf && (
    <BusinessTimeline
      client={inspectionClient}
      business={timelineOf}
      onClose={() => setTimelineOf(null)}
    />
  );

  return { businessActions, panelSection, view, openTimeline };
}
