import { covers, insideRing } from '@ntm/domain/geo/point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { BusinessRisk, RiskLevel } from '../api/risk-client';
import type { RoutePlanBody } from '../api/route-plan-client';

export const riskLevelOrder: readonly RiskLevel[] = ['low', 'medium', 'high', 'very-high'];

export type TeamDraft = { name: string; from: string; to: string; overnight: boolean };

/** A lasso drawn on the map: its outline as a closed ring of [lng, lat]. */
export type Area = [number, number][];

/** A key area picked on the form (border, traffic route, tourist area, worker housing…). */
export type KeyAreaPick = { id: number; geometry: Polygon | MultiPolygon };

export type PlanForm = {
  date: string;
  teams: TeamDraft[];
  minRiskLevel: RiskLevel;
  types: string[];
  villages: number[];
  area: Area | null;
  /** Premises inside any of these; none picked: anywhere. */
  keyAreas: KeyAreaPick[];
  maxStops: number;
  /** 0–100 on the form; the API takes a share 0–1. */
  randomPercent: number;
  serviceMinutes: number;
  surprise: boolean;
};

/** The form as it opens: two evening teams, every premises from low risk up, 40 stops. */
export const newPlanForm = (date: string, teamName: (n: number) => string): PlanForm => ({
  date,
  teams: [
    { name: teamName(1), from: '19:00', to: '23:00', overnight: false },
    { name: teamName(2), from: '19:00', to: '23:00', overnight: false },
  ],
  minRiskLevel: 'low',
  types: [],
  villages: [],
  area: null,
  keyAreas: [],
  maxStops: 40,
  randomPercent: 20,
  serviceMinutes: 15,
  surprise: false,
});

export const inKeyArea = ({ geometry }: KeyAreaPick, point: readonly number[]) =>
  covers(geometry, point);

/** The form narrows by type, village, key area or a drawn area: then it sends the premises itself. */
export const narrowsByList = (form: PlanForm) =>
  form.types.length > 0 ||
  form.villages.length > 0 ||
  form.keyAreas.length > 0 ||
  form.area !== null;

/** The premises matching the form's filters, riskiest first. */
export function matchingPremises(form: PlanForm, premises: readonly BusinessRisk[]) {
  const min = riskLevelOrder.indexOf(form.minRiskLevel);
  return premises
    .filter((b) => {
      const p = b.properties;
      return (
        riskLevelOrder.indexOf(p.riskLevel) >= min &&
        (form.types.length === 0 || form.types.includes(p.type)) &&
        (form.villages.length === 0 || (p.village !== null && form.villages.includes(p.village))) &&
        (form.area === null || insideRing(b.geometry.coordinates, form.area)) &&
        (form.keyAreas.length === 0 ||
          form.keyAreas.some((k) => inKeyArea(k, b.geometry.coordinates)))
      );
    })
    .sort((a, b) => b.properties.riskScore - a.properties.riskScore);
}

/**
 * The POST /api/route-plans body. Over the whole commune the API selects by risk with its
 * seeded random share; the API has no type, village or area filter, so a narrowed form sends
 * the matching premises as `businessIds` (the riskiest `maxStops` of them; the API draws no
 * random share from a given list).
 */
export function planBody(form: PlanForm, premises: readonly BusinessRisk[]): RoutePlanBody {
  const base: RoutePlanBody = {
    date: form.date,
    teams: form.teams.map((t) => ({
      name: t.name.trim(),
      shift: { from: t.from, to: t.to, ...(t.overnight ? { overnight: true } : {}) },
    })),
    serviceMinutes: form.serviceMinutes,
    surprise: form.surprise,
  };
  if (narrowsByList(form)) {
    const ids = matchingPremises(form, premises)
      .slice(0, form.maxStops)
      .map((b) => b.properties.id);
    return { ...base, businessIds: ids };
  }
  return {
    ...base,
    selection: {
      minRiskLevel: form.minRiskLevel,
      maxStops: form.maxStops,
      randomShare: form.randomPercent / 100,
    },
  };
}
