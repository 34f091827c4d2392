import './route-planner.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { Session } from '../api/auth-client';
import { geoClient } from '../api/geo-client';
import type { AppConfig } from '../api/geo-types';
import { riskClient } from '../api/risk-client';
import { planLinks } from '../api/route-plan-client';
import { formatCalendarDate } from '../i18n/format';
import { useBaseMapData } from '../map/use-base-map-data';
import { yearOf } from '../risk/calendar-days';
import { useFetched } from '../risk/use-fetched';
import { useFieldContext } from '../route-sheet/use-field-context';
import { navigate } from '../router/use-location';
import { teamColor, unfittedColor } from '../theme/team-colors';
import { Spinner } from '../ui/load-status';
import { PageMessage } from '../ui/page-message';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import {
  type PlanForm as FormState,
  matchingPremises,
  narrowsByList,
  newPlanForm,
  planBody,
} from './plan-body';
import { PlanForm } from './plan-form';
import { type LngLat, planView } from './plan-view';
import { PlannerMap } from './planner-map';
import { type DragState, type MoveRequest, TeamList } from './team-list';
import { UnfittedList } from './unfitted-list';
import { type PlanStatus, useRoutePlan } from './use-route-plan';

const plannerPath = '/tuyen-kiem-tra';

/** `?plan=12` → 12, else null. */
function planIdOf(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('plan'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The API's own Vietnamese message when it gave one. */
function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.refused) return error.message;
  if (error instanceof ApiError && error.kind === 'network') return t('planner.network');
  return t('planner.unknownError');
}

function statusText(t: TFunction, status: PlanStatus): string | null {
  if (status.kind !== 'failed') return null;
  const message = errorText(t, status.error);
  if (status.what === 'plan') return t('planner.failed', { message });
  if (status.what === 'load') return t('planner.loadFailed', { message });
  return t('planner.saveFailed', { message });
}

/**
 * The inspection route planner (issue #7 part 5): the form, the routes on the map in team
 * colours, each team's list to reorder by drag and drop (re-optimised in the browser), the
 * premises left out, and the links to the printed sheet, the phone view and GPX. The plan's
 * id sits in the address (`?plan=12`), so a saved plan reopens from a link.
 */
export function PlannerPage({
  config,
  search,
  session,
}: {
  config: AppConfig | null;
  search: string;
  session: Session;
}) {
  const { t } = useTranslation();
  const state = useRoutePlan();
  const { answer, plan, status } = state;
  const [form, setForm] = useState<FormState>(() =>
    newPlanForm(vietnamToday(), (n) => t('planner.teamDefault', { n })),
  );
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [dragging, setDragging] = useState<DragState>(null);
  const [justSaved, setJustSaved] = useState(false);
  // With a plan on screen the form folds away (on a phone it would stand between the map and
  // the lists); one tap opens it for a new plan.
  const [formOpen, setFormOpen] = useState(true);
  const mapBox = useRef<HTMLDivElement>(null);

  const premises = useFetched(`risk:${form.date}`, () => riskClient.businesses(form.date));
  const seasons = useFetched(`seasons:${yearOf(form.date)}`, () =>
    riskClient.seasons(yearOf(form.date)),
  );
  const base = useBaseMapData();
  const context = useFieldContext(session.role);
  const keyAreas = useFetched('keyAreas', () => geoClient.keyAreas());
  const features = premises.data?.features ?? [];

  // The address names the plan: open it (unless it is the one on screen already).
  const planId = planIdOf(search);
  const { load } = state;
  const shownId = answer?.id ?? null;
  useEffect(() => {
    if (planId !== null && planId !== shownId) void load(planId);
  }, [planId, shownId, load]);
  const answerDate = answer?.date ?? null;
  useEffect(() => {
    if (answerDate === null) return;
    setForm((f) => (f.date === answerDate ? f : { ...f, date: answerDate }));
    setFormOpen(false);
  }, [answerDate]);

  const places = useMemo(
    () => new Map(features.map((b) => [b.properties.id, b.geometry.coordinates as LngLat])),
    [features],
  );
  const view = useMemo(
    () => (answer && plan ? planView(answer, plan, places) : null),
    [answer, plan, places],
  );
  const candidates = useMemo(
    () => (narrowsByList(form) ? matchingPremises(form, features) : []),
    [form, features],
  );

  const working = status.kind === 'working';
  const showProgress = useDelayedFlag(working, 1000);

  async function submit() {
    setFormProblem(null);
    setJustSaved(false);
    const body = planBody(form, features);
    if (body.businessIds && body.businessIds.length === 0) {
      setFormProblem(t('planner.noneMatching'));
      return;
    }
    const made = await state.create(body);
    if (made) navigate(`${plannerPath}?plan=${made.id}`);
  }

  async function save() {
    const saved = await state.save();
    if (saved) {
      setJustSaved(true);
      navigate(`${plannerPath}?plan=${saved.id}`, { replace: true });
    }
  }

  function move(request: MoveRequest) {
    setJustSaved(false);
    state.move(request);
  }

  if (!config) return <PageMessage title={t('planner.title')} text={t('planner.loading')} />;
  const problem = formProblem ?? statusText(t, status);
  const refusal = state.refusal;
  const teamName = (index: number) => answer?.teams[index]?.name ?? '';
  const stopName = (id: number) =>
    view?.teams.flatMap((x) => x.stops).find((s) => s.businessId === id)?.name ??
    view?.unfitted.find((u) => u.businessId === id)?.name ??
    `#${id}`;

  return (
    <div
      className={`planner-page${formOpen ? '' : ' is-form-folded'}`}
      data-last-move-ms={state.lastMoveMs === null ? undefined : state.lastMoveMs.toFixed(2)}
    >
      <header className="planner-head">
        <h1>{t('planner.title')}</h1>
        <p className="muted">{t('planner.intro')}</p>
      </header>
      <div className="planner-map-box" ref={mapBox}>
        <PlannerMap
          config={config}
          base={base}
          view={view}
          candidates={candidates}
          area={form.area}
          planKey={answer ? `${answer.id}:${formOpen ? 'beside-form' : 'full-width'}` : null}
          label={t('planner.mapLabel')}
          drawing={drawing}
          onArea={(area) => {
            setDrawing(false);
            setForm((f) => ({ ...f, area }));
          }}
        />
        {view && <MapLegend teams={view.teams.map((x) => ({ index: x.index, name: x.name }))} />}
      </div>
      <div className="planner-side">
        <details
          className="planner-form-box"
          open={formOpen}
          onToggle={(e) => setFormOpen(e.currentTarget.open)}
        >
          <summary className="button button-secondary">{t('planner.newPlan')}</summary>
          <PlanForm
            form={form}
            onChange={setForm}
            premises={features}
            seasons={seasons.data}
            keyAreas={keyAreas.data}
            drawing={drawing}
            onDrawArea={() => {
              // The map may be scrolled away (below the form on a phone, above it on a laptop).
              if (!drawing)
                mapBox.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
              setDrawing(!drawing);
            }}
            busy={working}
            onSubmit={() => void submit()}
          />
        </details>
        {showProgress && status.kind === 'working' && (
          <Spinner
            text={t(
              status.what === 'plan'
                ? 'planner.planning'
                : status.what === 'load'
                  ? 'planner.loading'
                  : 'planner.saving',
            )}
          />
        )}
        {problem && (
          <div className="banner banner-error" role="alert">
            <p>{problem}</p>
          </div>
        )}
      </div>
      {answer && view && (
        <section className="planner-result" aria-labelledby="planner-result-title">
          <header className="planner-result-head">
            <h2 id="planner-result-title">
              {t('planner.planTitle', { id: answer.id, date: formatCalendarDate(answer.date) })}
              {answer.surprise && <span className="badge">{t('planner.surpriseBadge')}</span>}
            </h2>
            <div className="planner-row">
              <a className="button button-secondary button-small" href={planLinks.print(answer.id)}>
                {t('planner.print')}
              </a>
              <a className="button button-secondary button-small" href={planLinks.gpx(answer.id)}>
                {t('planner.gpx')}
              </a>
            </div>
            {answer.travel.source === 'straight-line' && (
              <p className="banner planner-straight">{t('planner.straightLine')}</p>
            )}
            <p className="muted">{t('planner.dragHint')}</p>
          </header>
          <div className="planner-save" aria-live="polite">
            {refusal && (
              <p className="banner banner-error" role="alert">
                {refusal.message === 'does-not-fit'
                  ? t('planner.doesNotFit', {
                      team: teamName(refusal.toTeam),
                      name: stopName(refusal.stopId),
                    })
                  : t('planner.cannotMove', {
                      name: stopName(refusal.stopId),
                      reason: refusal.message,
                    })}
              </p>
            )}
            {justSaved && !state.dirty && <p className="planner-saved">{t('planner.saved')}</p>}
            {state.dirty && (
              <div className="planner-row">
                <button
                  type="button"
                  className="button"
                  disabled={working}
                  onClick={() => void save()}
                >
                  {t('planner.save')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={working}
                  onClick={state.discard}
                >
                  {t('planner.discard')}
                </button>
                <span className="muted">{t('planner.changedLine')}</span>
              </div>
            )}
          </div>
          <div className="planner-teams">
            {view.teams.map((team) => (
              <TeamList
                key={team.index}
                team={team}
                teams={view.teams}
                planId={answer.id}
                dragging={dragging}
                onDragging={setDragging}
                onMove={move}
                placeOf={context.placeOf}
              />
            ))}
          </div>
          <UnfittedList
            unfitted={view.unfitted}
            teams={view.teams}
            onMove={move}
            placeOf={context.placeOf}
          />
        </section>
      )}
    </div>
  );
}

function MapLegend({ teams }: { teams: { index: number; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <ul className="planner-legend" aria-label={t('planner.legend')}>
      {teams.map((team) => (
        <li key={team.index}>
          <span
            className="planner-swatch"
            style={{ background: teamColor(team.index) }}
            aria-hidden="true"
          />
          {team.name}
        </li>
      ))}
      <li>
        <span className="planner-legend-star" aria-hidden="true">
          ★
        </span>
        {t('planner.legendStart')}
      </li>
      <li>
        <span className="planner-swatch" style={{ background: unfittedColor }} aria-hidden="true" />
        {t('planner.legendUnfitted')}
      </li>
    </ul>
  );
}
