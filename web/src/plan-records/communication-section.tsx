import { communicationAudiences, planAgencyKinds } from '@ntm/db/schema/values';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../api/geo-types';
import { type CommunicationActivity, planRecordsClient } from '../api/plan-records-client';
import { useLoad } from '../api/use-load';
import { formatCalendarDate, formatInteger } from '../i18n/format';
import { lngLatOf } from '../map/lng-lat';
import { useBaseMapData } from '../map/use-base-map-data';
import { failureText } from '../ui/failure-text';
import { DateField, daysOfYear } from '../ui/form/date-field';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { NumberField, TextField } from '../ui/form/text-field';
import { useDraft } from '../ui/form/use-draft';
import { LoadStatus } from '../ui/load-status';
import { RowButton } from '../ui/row-button';
import { CommunicationMap } from './communication-map';
import { refusalText, useNotice } from './use-notice';

type Audience = (typeof communicationAudiences)[number];
type Organiser = (typeof planAgencyKinds)[number];
type Mode = { kind: 'add' } | { kind: 'edit'; activity: CommunicationActivity } | null;

interface Props {
  year: number;
  config: AppConfig | null;
  mayEdit: boolean;
}

/** Indicator c: the year's talks and broadcasts, on a small map and in a list. */
export function CommunicationSection({ year, config, mayEdit }: Props) {
  const { t } = useTranslation();
  const load = useCallback(
    (signal: AbortSignal) => planRecordsClient.communication(year, signal),
    [year],
  );
  const { state, retry, update } = useLoad(load, String(year));
  const base = useBaseMapData();
  const [mode, setMode] = useState<Mode>(null);
  const [draftPoint, setDraftPoint] = useState<[number, number] | null>(null);
  const [notice, setNotice] = useNotice();

  const start = (next: Mode) => {
    setNotice(null);
    setMode(next);
    const point = next?.kind === 'edit' ? next.activity.geometry : null;
    setDraftPoint(point ? lngLatOf(point.coordinates) : null);
  };

  async function remove(activity: CommunicationActivity) {
    const title = activity.properties.title;
    if (!window.confirm(t('planRecords.communication.confirmRemove', { title }))) return;
    const result = await planRecordsClient.removeCommunication(activity.properties.id);
    if (!result.ok) {
      return setNotice({
        kind: 'failed',
        text: t('planRecords.failed', { reason: failureText(t, result.failure) }),
      });
    }
    update((list) => list.filter((a) => a.id !== activity.id));
  }

  function saved(activity: CommunicationActivity, added: boolean) {
    const key = added ? 'planRecords.communication.added' : 'planRecords.communication.saved';
    setNotice({ kind: 'done', text: t(key, { title: activity.properties.title }) });
    setMode(null);
    setDraftPoint(null);
    if (!activity.properties.heldOn.startsWith(String(year))) {
      update((list) => list.filter((a) => a.id !== activity.id));
      return;
    }
    update((list) =>
      [...list.filter((a) => a.id !== activity.id), activity].sort((a, b) =>
        a.properties.heldOn.localeCompare(b.properties.heldOn),
      ),
    );
  }

  /** " (Thôn X)" unless the place's name says it already; " · Phát thanh / trên mạng" without a point. */
  const placeSuffix = ({ geometry, properties: p }: CommunicationActivity) => {
    if (!geometry) return ` · ${t('planRecords.communication.noPlace')}`;
    if (!p.villageName || p.placeName.includes(p.villageName)) return '';
    return ` (${t('planRecords.communication.village', { name: p.villageName })})`;
  };
  const activities = state.status === 'ready' ? state.data : [];
  const reach = activities.reduce((sum, a) => sum + a.properties.reach, 0);
  return (
    <div className="plan-section">
      <h2>{t('planRecords.communication.heading', { year })}</h2>
      <div className="communication-layout">
        <div className="communication-list-column">
          <LoadStatus state={state} onRetry={retry} />
          {state.status === 'ready' &&
            (activities.length === 0 ? (
              <p className="empty-state">{t('planRecords.communication.none', { year })}</p>
            ) : (
              <>
                <p className="plan-summary">
                  {t('planRecords.communication.count', {
                    count: activities.length,
                    reach: formatInteger(reach),
                  })}
                </p>
                <ul className="communication-list">
                  {activities.map((a) => (
                    <li key={a.id} data-activity={a.id}>
                      <span>
                        <strong>{a.properties.title}</strong>
                        <br />
                        <span className="muted">
                          {formatCalendarDate(a.properties.heldOn)} · {a.properties.placeName}
                          {placeSuffix(a)}
                        </span>
                        <br />
                        <span className="muted">
                          {t(`planRecords.audience.${a.properties.audience}`)} ·{' '}
                          {formatInteger(a.properties.reach)} ·{' '}
                          {t(`planRecords.agencyKind.${a.properties.organiser}`)}
                        </span>
                      </span>
                      {mayEdit && (
                        <span className="row-actions">
                          <RowButton
                            rowName={a.properties.title}
                            onClick={() => start({ kind: 'edit', activity: a })}
                          >
                            {t('planRecords.communication.edit')}
                          </RowButton>
                          <RowButton rowName={a.properties.title} danger onClick={() => remove(a)}>
                            {t('planRecords.communication.remove')}
                          </RowButton>
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ))}
          {notice && (
            <p className={notice.kind === 'failed' ? 'form-error' : 'form-done'} role="status">
              {notice.text}
            </p>
          )}
          {mayEdit && mode === null && (
            <button type="button" className="button" onClick={() => start({ kind: 'add' })}>
              {t('planRecords.communication.add')}
            </button>
          )}
          {mode && (
            <ActivityForm
              key={mode.kind === 'edit' ? mode.activity.id : 'new'}
              year={year}
              editing={mode.kind === 'edit' ? mode.activity : null}
              point={draftPoint}
              onClearPoint={() => setDraftPoint(null)}
              onCancel={() => start(null)}
              onSaved={saved}
            />
          )}
        </div>
        {config && (
          <CommunicationMap
            config={config}
            base={base}
            activities={activities}
            draft={draftPoint}
            onPick={mode ? setDraftPoint : null}
            label={t('planRecords.communication.mapLabel')}
          />
        )}
      </div>
    </div>
  );
}

interface FormProps {
  year: number;
  editing: CommunicationActivity | null;
  point: [number, number] | null;
  onClearPoint: () => void;
  onCancel: () => void;
  onSaved: (activity: CommunicationActivity, added: boolean) => void;
}

function ActivityForm({ year, editing, point, onClearPoint, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const id = useId();
  const p = editing?.properties;
  const { draft, setDraft, bind } = useDraft({
    heldOn: p?.heldOn ?? '',
    title: p?.title ?? '',
    placeName: p?.placeName ?? '',
    audience: (p?.audience ?? 'residents') as Audience,
    reach: p ? String(p.reach) : '',
    organiser: (p?.organiser ?? 'culture') as Organiser,
    noPoint: editing ? editing.geometry === null : false,
  });
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A point placed on the map answers "place it on the map": the note goes.
  useEffect(() => {
    if (point) setProblem(null);
  }, [point]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const reach = Number(draft.reach);
    if (
      !draft.heldOn ||
      !draft.title.trim() ||
      !draft.placeName.trim() ||
      draft.reach === '' ||
      !Number.isInteger(reach)
    ) {
      return setProblem(t('planRecords.communication.incomplete'));
    }
    if (!draft.noPoint && !point) return setProblem(t('planRecords.communication.needPoint'));
    const geometry =
      draft.noPoint || !point ? null : { type: 'Point' as const, coordinates: point };
    const properties = {
      heldOn: draft.heldOn,
      title: draft.title.trim(),
      placeName: draft.placeName.trim(),
      audience: draft.audience,
      reach,
      organiser: draft.organiser,
    };
    setPending(true);
    const result = editing
      ? await planRecordsClient.updateCommunication(editing.properties.id, { geometry, properties })
      : await planRecordsClient.addCommunication({ type: 'Feature', geometry, properties });
    setPending(false);
    if (!result.ok) {
      return setProblem(
        refusalText(result.failure, (f) => t('planRecords.failed', { reason: failureText(t, f) })),
      );
    }
    onSaved(result.value, !editing);
  }

  const title = editing
    ? t('planRecords.communication.formEdit')
    : t('planRecords.communication.formAdd');
  return (
    <form className="plan-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <TextField
        label={t('planRecords.communication.titleField')}
        {...bind('title')}
        maxLength={300}
      />
      <div className="plan-form-row">
        <DateField
          label={t('planRecords.communication.heldOn')}
          {...daysOfYear(year)}
          {...bind('heldOn')}
        />
        <NumberField
          label={t('planRecords.communication.reach')}
          min={0}
          max={1_000_000}
          {...bind('reach')}
        />
      </div>
      <TextField
        label={t('planRecords.communication.placeName')}
        {...bind('placeName')}
        maxLength={200}
        placeholder={t('planRecords.communication.placeHint')}
      />
      <div className="plan-form-row">
        <SelectField
          label={t('planRecords.communication.audience')}
          value={draft.audience}
          onChange={(value) => setDraft({ ...draft, audience: value as Audience })}
        >
          <Options values={communicationAudiences} label={(a) => t(`planRecords.audience.${a}`)} />
        </SelectField>
        <SelectField
          label={t('planRecords.communication.organiser')}
          value={draft.organiser}
          onChange={(value) => setDraft({ ...draft, organiser: value as Organiser })}
        >
          <Options values={planAgencyKinds} label={(k) => t(`planRecords.agencyKind.${k}`)} />
        </SelectField>
      </div>
      <fieldset className="form-field point-field">
        <legend className="field-label">{t('planRecords.communication.onMap')}</legend>
        <label>
          <input
            type="checkbox"
            checked={draft.noPoint}
            onChange={(e) => setDraft({ ...draft, noPoint: e.target.checked })}
          />{' '}
          {t('planRecords.communication.noPoint')}
        </label>
        {!draft.noPoint && (
          <p className="muted" aria-live="polite" data-testid="picked-point">
            {point
              ? t('planRecords.communication.picked', {
                  lat: point[1].toFixed(5),
                  lng: point[0].toFixed(5),
                })
              : t('planRecords.communication.pickHint')}
            {point && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={onClearPoint}>
                  {t('planRecords.communication.clearPoint')}
                </button>
              </>
            )}
          </p>
        )}
      </fieldset>
      <FormProblem text={problem} />
      <div className="form-actions">
        <SubmitButton pending={pending} pendingLabel={t('planRecords.saving')}>
          {t('planRecords.communication.save')}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('planRecords.communication.cancel')}
        </button>
      </div>
    </form>
  );
}
