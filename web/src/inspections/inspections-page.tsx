import './inspections.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { Session } from '../api/auth-client';
import { type Inspection, inspectionClient } from '../api/inspection-client';
import type { RoundStop } from '../api/route-plan-client';
import type { Tip } from '../api/tip-client';
import { mayCall, worksTips } from '../auth/permissions';
import { keepCopy, keptCopy } from '../offline/kept-copy';
import { formatInstant } from '../review/use-proposals';
import { Link } from '../router/link';
import { navigate } from '../router/use-location';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { TextAreaField } from '../ui/form/text-field';
import { Modal } from '../ui/modal';
import { ModalActions } from '../ui/modal-actions';
import { type Notice, NoticeBanner } from '../ui/notice-banner';
import type { FieldRecord, InspectionDraft } from './field-record';
import { InspectionForm } from './inspection-form';
import { OutboxSection } from './outbox-section';
import { outboxStore } from './outbox-store';
import { RoundStopsList } from './round-stops-list';
import { ScheduleForm } from './schedule-form';
import { ScheduleList, type ScheduleState } from './schedule-list';
import { draftParam, recordPath, selfAsMember, startRecord } from './start-record';
import { useOutbox } from './use-outbox';
import { useRoundStops } from './use-round-stops';

interface InspectionsPageProps {
  session: Session;
  search: string;
}

const scheduleCacheKey = (userId: string) => `ntm.inspection-schedule.${userId}`;

/**
 * The schedule without the inspections whose result already waits in the outbox (or reached the
 * server while its photos still wait): recording one twice would only be refused.
 */
function withoutQueued(schedule: ScheduleState, records: FieldRecord[] | null): ScheduleState {
  if (schedule.status !== 'ready' || !records) return schedule;
  const queued = new Set(
    records.flatMap((r) =>
      r.state !== 'draft' && r.target.kind === 'scheduled' ? [r.target.inspectionId] : [],
    ),
  );
  return { ...schedule, items: schedule.items.filter((item) => !queued.has(item.id)) };
}

/** Premises whose new record waits in the outbox to be sent. */
const queuedBusinesses = (records: FieldRecord[] | null) =>
  new Set(
    (records ?? []).flatMap((r) =>
      r.state === 'pending' && r.target.kind === 'new' ? [r.business.id] : [],
    ),
  );

const offline = (error: unknown) => error instanceof ApiError && error.kind === 'network';
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Kiểm tra, for the inter-agency team on a phone: the schedule, the form for the record made
 * at the door, and the phone's outbox (what still waits to be sent, what was refused and why).
 * Works without a connection: records and drafts live in IndexedDB, the schedule as last seen.
 */
export function InspectionsPage({ session, search }: InspectionsPageProps) {
  const { t } = useTranslation();
  const userId = String(session.user.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [schedule, setSchedule] = useState<ScheduleState>({ status: 'loading' });
  const [editing, setEditing] = useState<FieldRecord | null>(null);
  const [tips, setTips] = useState<Tip[] | 'offline' | null>(null);
  const [sending, setSending] = useState(false);
  const [cancelling, setCancelling] = useState<Inspection | null>(null);
  const [cancelReason, setCancelReason] = useState('');
  const [discarding, setDiscarding] = useState<FieldRecord | null>(null);
  const [planning, setPlanning] = useState(false);
  const mayPlan = mayCall(session.role, 'POST /api/inspections/schedule');
  const rounds = useRoundStops(userId, mayCall(session.role, 'GET /api/route-plans/stops'));
  const openKey = useMemo(() => new URLSearchParams(search).get(draftParam), [search]);

  const loadSchedule = useCallback(async () => {
    try {
      const { features } = await inspectionClient.scheduled();
      const items = [...features].sort((a, b) =>
        a.properties.startedAt.localeCompare(b.properties.startedAt),
      );
      keepCopy(scheduleCacheKey(userId), { items });
      setSchedule({ status: 'ready', items, savedAt: null });
    } catch (error) {
      // The last schedule seen, for a phone that has lost its connection at the door.
      const cached = keptCopy<{ items: Inspection[] }>(scheduleCacheKey(userId));
      if (offline(error) && cached) setSchedule({ status: 'ready', ...cached });
      else setSchedule({ status: 'offline' });
    }
  }, [userId]);

  const outbox = useOutbox({
    userId,
    client: inspectionClient,
    store: outboxStore,
    onSent: (record, id) => {
      setNotice({
        tone: 'success',
        text: t('inspections.outbox.sent', { name: record.business.name, id }),
      });
      void loadSchedule();
      void rounds.reload();
    },
  });

  useEffect(() => {
    void loadSchedule();
    window.addEventListener('online', loadSchedule);
    return () => window.removeEventListener('online', loadSchedule);
  }, [loadSchedule]);

  // The record named in the address: opened from the phone's store, so a reload keeps it open.
  useEffect(() => {
    if (!openKey) {
      setEditing(null);
      return;
    }
    let stale = false;
    void outboxStore.get(openKey).then((record) => {
      if (stale) return;
      if (!record || record.state === 'pending') navigate('/kiem-tra', { replace: true });
      else setEditing(record);
    });
    return () => {
      stale = true;
    };
  }, [openKey]);

  // The open tips of the business, for the police to say which ones this inspection answers.
  const businessId = editing?.business.id ?? null;
  const withTips = worksTips(session.role);
  useEffect(() => {
    if (businessId === null || !withTips) {
      setTips(null);
      return;
    }
    let stale = false;
    inspectionClient.openTipsOf(businessId).then(
      ({ features }) => !stale && setTips(features),
      () => !stale && setTips('offline'),
    );
    return () => {
      stale = true;
    };
  }, [businessId, withTips]);

  const change = (draft: InspectionDraft) => {
    if (!editing) return;
    const next = { ...editing, draft, updatedAt: Date.now() };
    setEditing(next);
    // Kept as typed: a reload, a flat battery or a closed tab loses nothing.
    void outboxStore.put(next).catch((error: unknown) => console.error('Draft not kept:', error));
  };

  const close = async () => {
    if (editing)
      await outbox.save({ ...editing, state: editing.state === 'failed' ? 'failed' : 'draft' });
    navigate('/kiem-tra');
  };

  const submit = async () => {
    if (!editing) return;
    setSending(true);
    const record = editing;
    try {
      await outbox.submit(record);
      const after = await outboxStore.get(record.key);
      if (after?.state === 'pending') {
        setNotice({
          tone: 'info',
          text: t('inspections.outbox.queued', { name: record.business.name }),
        });
      } else if (after?.state === 'failed') {
        setNotice({ tone: 'error', text: after.error ?? '' });
      }
      navigate('/kiem-tra');
    } catch (error) {
      setNotice({ tone: 'error', text: message(error) });
    } finally {
      setSending(false);
    }
  };

  const open = (record: FieldRecord) => navigate(recordPath(record.key));

  const recordScheduled = async (inspection: Inspection) => {
    const p = inspection.properties;
    const key = await startRecord(outboxStore, {
      userId,
      business: { id: p.businessId, name: p.businessName ?? `#${p.businessId}` },
      target: { kind: 'scheduled', inspectionId: inspection.id },
      team: p.team,
      kind: p.kind,
    });
    navigate(recordPath(key));
  };

  // A stop of a saved round: a new inspection of its premises, of the round's kind.
  const recordStop = async (stop: RoundStop) => {
    const key = await startRecord(outboxStore, {
      userId,
      business: { id: stop.businessId, name: stop.name },
      target: { kind: 'new' },
      team: [selfAsMember(session.user.displayName, session.role)],
      kind: stop.surprise ? 'surprise' : 'scheduled',
    });
    navigate(recordPath(key));
  };

  const confirmCancel = async () => {
    if (!cancelling) return;
    try {
      await inspectionClient.cancel(cancelling.id, cancelReason);
      setNotice({
        tone: 'success',
        text: t('inspections.cancelled', { name: cancelling.properties.businessName }),
      });
      setCancelling(null);
      setCancelReason('');
      void loadSchedule();
    } catch (error) {
      setNotice({ tone: 'error', text: message(error) });
      setCancelling(null);
    }
  };

  const discard = async () => {
    if (!discarding) return;
    await outbox.discard(discarding.key);
    setDiscarding(null);
    if (openKey === discarding.key) navigate('/kiem-tra');
  };

  return (
    <div className="inspections-page">
      <h1 className="visually-hidden">{t('inspections.pageTitle')}</h1>
      {notice && <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
      {editing ? (
        <InspectionForm
          key={editing.key}
          record={editing}
          tips={tips}
          sending={sending}
          onChange={change}
          onSubmit={() => void submit()}
          onClose={() => void close()}
          onDiscard={() => setDiscarding(editing)}
        />
      ) : planning ? (
        <ScheduleForm
          self={selfAsMember(session.user.displayName, session.role)}
          onClose={() => setPlanning(false)}
          onScheduled={(inspection) => {
            setPlanning(false);
            setNotice({
              tone: 'success',
              text: t('inspections.plan.done', {
                name: inspection.properties.businessName,
                at: formatInstant(inspection.properties.startedAt),
              }),
            });
            void loadSchedule();
          }}
        />
      ) : (
        <>
          <OutboxSection outbox={outbox} onOpen={open} onDiscard={setDiscarding} />
          {mayPlan && (
            <button
              type="button"
              className="button schedule-open"
              disabled={!outbox.online}
              onClick={() => setPlanning(true)}
            >
              {t('inspections.plan.open')}
            </button>
          )}
          <ScheduleList
            schedule={withoutQueued(schedule, outbox.records)}
            online={outbox.online}
            onRecord={(inspection) => void recordScheduled(inspection)}
            onCancel={setCancelling}
            rounds={
              <RoundStopsList
                rounds={rounds.state}
                queued={queuedBusinesses(outbox.records)}
                onRecord={(stop) => void recordStop(stop)}
              />
            }
            hasRounds={rounds.state.status === 'ready' && rounds.state.stops.length > 0}
          />
          <p className="muted inspection-hint">
            {t('inspections.fromMapBefore')}
            <Link to="/">{t('inspections.fromMapLink')}</Link>
            {t('inspections.fromMapAfter')}
          </p>
        </>
      )}
      {cancelling && (
        <Modal title={t('inspections.cancelConfirm')} onDismiss={() => setCancelling(null)}>
          <p>
            <strong>{cancelling.properties.businessName}</strong>
          </p>
          <TextAreaField
            label={t('inspections.cancelReason')}
            rows={3}
            value={cancelReason}
            onChange={setCancelReason}
          />
          <ModalActions onCancel={() => setCancelling(null)}>
            <button
              type="button"
              className="button button-danger"
              disabled={cancelReason.trim().length < 3}
              onClick={() => void confirmCancel()}
            >
              {t('inspections.cancelConfirm')}
            </button>
          </ModalActions>
        </Modal>
      )}
      {discarding && (
        <ConfirmDialog
          title={t('inspections.outbox.discard')}
          text={t('inspections.outbox.discardConfirm', { name: discarding.business.name })}
          confirmLabel={t('inspections.outbox.discard')}
          danger
          pending={false}
          onConfirm={() => void discard()}
          onCancel={() => setDiscarding(null)}
        />
      )}
    </div>
  );
}
