import '../ui/paper-card.css';
import { businessTypes } from '@ntm/db/schema/values';
import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyAreaCollection } from '../api/geo-types';
import type { BusinessRisk, RiskLevel, Season } from '../api/risk-client';
import { formatInteger } from '../i18n/format';
import { CheckboxField } from '../ui/form/checkbox-field';
import { DateField } from '../ui/form/date-field';
import { SelectField } from '../ui/form/select-field';
import { NumberField, TextField } from '../ui/form/text-field';
import { TimeField } from '../ui/form/time-field';
import { FoldedChoices } from './folded-choices';
import {
  matchingPremises,
  narrowsByList,
  type PlanForm as PlanFormState,
  riskLevelOrder,
  type TeamDraft,
} from './plan-body';

interface PlanFormProps {
  form: PlanFormState;
  onChange: (form: PlanFormState) => void;
  premises: readonly BusinessRisk[];
  seasons: readonly Season[] | null;
  keyAreas: KeyAreaCollection | null;
  drawing: boolean;
  onDrawArea: () => void;
  busy: boolean;
  onSubmit: () => void;
}

/** The seasons a day falls in (their from/to are inclusive calendar days). */
const seasonsOn = (seasons: readonly Season[], day: string) =>
  seasons.filter((s) => s.from <= day && day <= s.to);

/** Date, teams and their shifts, which premises, and the plan's knobs; "Lập tuyến" posts it. */
export function PlanForm(props: PlanFormProps) {
  const { form, onChange, premises, seasons, busy } = props;
  const { t } = useTranslation();
  const set = (patch: Partial<PlanFormState>) => onChange({ ...form, ...patch });
  const matching = useMemo(() => matchingPremises(form, premises).length, [form, premises]);
  const villages = useMemo(() => {
    const names = new Map<number, string>();
    for (const b of premises) {
      if (b.properties.village !== null) names.set(b.properties.village, b.properties.villageName);
    }
    return [...names].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
  }, [premises]);
  const daySeasons = seasons ? seasonsOn(seasons, form.date) : [];
  // Areas with a surface (the ones premises can lie in), by name.
  const keyAreaChoices = useMemo(
    () =>
      (props.keyAreas?.features ?? [])
        .flatMap((f) =>
          f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
            ? [
                {
                  id: Number(f.id ?? f.properties.id),
                  name: f.properties.name,
                  geometry: f.geometry,
                },
              ]
            : [],
        )
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [props.keyAreas],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form className="paper-card planner-form" onSubmit={submit} aria-label={t('planner.form')}>
      <DateField
        label={t('planner.date')}
        required
        value={form.date}
        min="2020-01-01"
        max="2035-12-31"
        hint={
          <span className="planner-season">
            {daySeasons.length > 0
              ? t('planner.season', { names: daySeasons.map((s) => s.name).join(', ') })
              : t('planner.noSeason')}
          </span>
        }
        onChange={(date) => date && set({ date })}
      />

      <fieldset className="planner-fieldset">
        <legend>{t('planner.teams')}</legend>
        {form.teams.map((team, i) => (
          <TeamFields
            // Teams have no id; the position is who they are while the form is open.
            key={i}
            index={i}
            team={team}
            removable={form.teams.length > 1}
            onChange={(next) => set({ teams: form.teams.map((x, k) => (k === i ? next : x)) })}
            onRemove={() => set({ teams: form.teams.filter((_, k) => k !== i) })}
          />
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            set({
              teams: [
                ...form.teams,
                {
                  name: t('planner.teamDefault', { n: form.teams.length + 1 }),
                  from: form.teams.at(-1)?.from ?? '19:00',
                  to: form.teams.at(-1)?.to ?? '23:00',
                  overnight: form.teams.at(-1)?.overnight ?? false,
                },
              ],
            })
          }
        >
          {t('planner.addTeam')}
        </button>
      </fieldset>

      <fieldset className="planner-fieldset">
        <legend>{t('planner.premises')}</legend>
        <SelectField
          label={t('planner.minRisk')}
          value={form.minRiskLevel}
          onChange={(value) => set({ minRiskLevel: value as RiskLevel })}
        >
          {riskLevelOrder.map((level) => (
            <option key={level} value={level}>
              {t(`risk.levels.${level}`)}
            </option>
          ))}
        </SelectField>
        <FoldedChoices
          title={t('planner.types')}
          options={businessTypes.map((type) => ({ value: type, label: t(`businessType.${type}`) }))}
          chosen={form.types}
          onChange={(types) => set({ types })}
        />
        {keyAreaChoices.length > 0 && (
          <FoldedChoices
            title={t('planner.keyAreas')}
            options={keyAreaChoices.map((area) => ({ value: area.id, label: area.name }))}
            chosen={form.keyAreas.map((area) => area.id)}
            onChange={(ids) =>
              set({
                keyAreas: ids.flatMap((id) => keyAreaChoices.filter((area) => area.id === id)),
              })
            }
            grid
          />
        )}
        <FoldedChoices
          title={t('planner.villages')}
          options={villages.map(([id, name]) => ({ value: id, label: name }))}
          chosen={form.villages}
          onChange={(chosen) => set({ villages: chosen })}
          grid
        />
        <div className="planner-area">
          <span className="field-label">{t('planner.area')}</span>
          <div className="planner-row">
            <button
              type="button"
              className="button button-secondary button-small"
              aria-pressed={props.drawing}
              onClick={props.onDrawArea}
            >
              {props.drawing ? t('planner.drawingArea') : t('planner.drawArea')}
            </button>
            {form.area && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => set({ area: null })}
              >
                {t('planner.clearArea')}
              </button>
            )}
          </div>
        </div>
        <p className="muted planner-matching" aria-live="polite">
          {t('planner.matching', { count: matching, formattedCount: formatInteger(matching) })}
          {narrowsByList(form) && <> {t('planner.byList')}</>}
        </p>
        <div className="planner-numbers">
          <CountField
            label={t('planner.maxStops')}
            value={form.maxStops}
            min={1}
            max={1000}
            onChange={(maxStops) => set({ maxStops })}
          />
          <CountField
            label={t('planner.randomShare')}
            value={form.randomPercent}
            min={0}
            max={100}
            disabled={narrowsByList(form)}
            onChange={(randomPercent) => set({ randomPercent })}
          />
          <CountField
            label={t('planner.serviceMinutes')}
            value={form.serviceMinutes}
            min={1}
            max={240}
            onChange={(serviceMinutes) => set({ serviceMinutes })}
          />
        </div>
        <p className="muted planner-help">{t('planner.randomShareHelp')}</p>
      </fieldset>

      <label className="planner-check">
        <input
          type="checkbox"
          checked={form.surprise}
          onChange={(e) => set({ surprise: e.target.checked })}
        />
        {t('planner.surprise')}
      </label>

      <button type="submit" className="button planner-submit" disabled={busy}>
        {t('planner.submit')}
      </button>
    </form>
  );
}

function TeamFields(props: {
  index: number;
  team: TeamDraft;
  removable: boolean;
  onChange: (team: TeamDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { team, onChange } = props;
  return (
    <div className="planner-team" data-team={props.index}>
      <TextField
        label={t('planner.teamName')}
        className="planner-team-name"
        required
        maxLength={80}
        value={team.name}
        onChange={(value) => onChange({ ...team, name: value })}
      />
      <TimeField
        label={t('planner.shiftFrom')}
        required
        value={team.from}
        onChange={(from) => onChange({ ...team, from })}
      />
      <TimeField
        label={t('planner.shiftTo')}
        required
        value={team.to}
        onChange={(to) => onChange({ ...team, to })}
      />
      <CheckboxField
        label={t('planner.overnight')}
        className="planner-check planner-team-overnight"
        checked={team.overnight}
        onChange={(overnight) => onChange({ ...team, overnight })}
      />
      {props.removable && (
        <button
          type="button"
          className="button button-secondary button-small button-danger"
          onClick={props.onRemove}
        >
          {t('planner.removeTeam', { name: team.name })}
        </button>
      )}
    </div>
  );
}

function CountField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <NumberField
      label={props.label}
      required
      min={props.min}
      max={props.max}
      step={1}
      disabled={props.disabled}
      value={Number.isFinite(props.value) ? props.value : ''}
      onChange={(value) => props.onChange(value === '' ? Number.NaN : Number(value))}
    />
  );
}
