import type { Polygon, Position } from 'geojson';
import type { TFunction } from 'i18next';
import type { BusinessRisk, RiskCellProperties } from '../api/risk-client';
import { formatInteger } from '../i18n/format';
import type { RiskSubject } from './risk-card';
import { levelOf } from './risk-level';
import { type VillageRiskProperties, villageFactors } from './village-risk';

const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** A subject with the place the map eases to when it opens. */
export type Opened = { subject: RiskSubject; center: [number, number] };

/** The mean of a ring's corners: inside any convex cell, close enough for a village. */
export function ringCentre(ring: readonly Position[]): [number, number] {
  const corners = ring.length > 1 ? ring.slice(0, -1) : ring;
  let lngSum = 0;
  let latSum = 0;
  for (const [lng = 0, lat = 0] of corners) {
    lngSum += lng;
    latSum += lat;
  }
  return [lngSum / corners.length, latSum / corners.length];
}

export function businessSubject(risk: BusinessRisk): Opened {
  const p = risk.properties;
  return {
    subject: {
      key: `b${risk.id}`,
      kicker: p.villageName,
      title: p.name,
      riskScore: p.riskScore,
      riskLevel: p.riskLevel,
      factors: p.factors,
    },
    center: risk.geometry.coordinates as [number, number],
  };
}

export function cellSubject(
  cell: RiskCellProperties,
  geometry: Polygon,
  meters: number,
  t: TFunction,
): Opened {
  return {
    subject: {
      key: `c${cell.cell}`,
      kicker: t('risk.cellKicker', { meters: formatInteger(meters) }),
      // A cell's q:r id means nothing to a reader; its riskiest premises names the place.
      title: cell.top
        ? t('risk.cellAround', { name: cell.top.name })
        : t('risk.cell', { cell: cell.cell }),
      riskScore: cell.riskScore,
      riskLevel: cell.riskLevel,
      factors: cell.factors,
      details: (
        <div className="muted risk-details">
          <p>
            {t('risk.cellBusinesses', { n: formatInteger(cell.businesses) })}
            {cell.top && (
              <>
                <br />
                {t('risk.cellTop', {
                  name: cell.top.name,
                  village: cell.top.villageName,
                  score: points(cell.top.riskScore),
                })}
              </>
            )}
          </p>
          {cell.top && (
            <p className="risk-cell-how">
              {t('risk.cellHow')}
              {cell.businesses > 1 &&
                ` ${t('risk.cellOthers', { n: formatInteger(cell.businesses - 1) })}`}
            </p>
          )}
        </div>
      ),
    },
    center: ringCentre(geometry.coordinates[0] ?? []),
  };
}

export function villageSubject(
  village: VillageRiskProperties,
  centre: [number, number],
  risks: readonly BusinessRisk[],
  t: TFunction,
): Opened {
  const { factors, top } = villageFactors(risks, village.id);
  const mean = village.meanScore ?? 0;
  return {
    subject: {
      key: `v${village.id}`,
      kicker: t('risk.views.villages'),
      title: t('risk.village', { name: village.name }),
      riskScore: mean,
      riskLevel: levelOf(mean),
      factors,
      details: (
        <div className="muted risk-details">
          <p>
            {village.meanScore === null
              ? t('risk.villageNone')
              : t('risk.villageMean', {
                  score: points(mean),
                  count: formatInteger(village.businesses),
                  high: formatInteger(village.highOrAbove),
                })}
          </p>
          {top.length > 0 && (
            <ol className="risk-village-top">
              {top.slice(0, 3).map((r) => (
                <li key={r.id}>
                  {r.properties.name} · {points(r.properties.riskScore)}
                </li>
              ))}
            </ol>
          )}
        </div>
      ),
    },
    center: centre,
  };
}
