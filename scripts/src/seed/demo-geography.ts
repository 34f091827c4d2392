// The demo's map: commune, villages, roads and key areas, all drawn from one seed. Everything
// downstream (businesses, tips, inspections) places itself with the locator built here.

import { Random } from '@ntm/solver/random';
import { featureCollection, lineString, multiPolygon, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { communeOutline } from './commune-outline';
import { formerCommuneSpecs } from './former-communes';
import { type KeyAreaFeature, planKeyAreas } from './key-areas';
import { LocalFrame, type Vec } from './local-frame';
import { planRoads, type RoadNetwork, type RoadProps } from './roads';
import { VillageLocator } from './village-locator';
import { planVillages, type VillagePlan } from './villages';

export const demoCommune = {
  communeCode: '11284',
  name: 'Nam Thanh Miện',
  province: 'Hải Phòng',
  /** Resolution 1669/NQ-UBTVQH15 merged the four former communes from this day. */
  formedOn: '2025-07-01',
  centre: [106.2409, 20.7235] as const,
  areaSquareMeters: 24.0e6,
};

export type CommuneProps = { communeCode: string; name: string; province: string };
export type VillageProps = {
  name: string;
  slug: string;
  formerCommune: string;
  population: number;
  /** The village centre, [lng, lat]. */
  centre: [number, number];
};

export type DemoGeography = {
  frame: LocalFrame;
  locator: VillageLocator;
  villagePlans: VillagePlan[];
  roadNetwork: RoadNetwork;
  workerHousingCentres: Vec[];
  commune: Feature<Polygon, CommuneProps>;
  formerCommunes: Array<{ name: string; villageSlugs: string[] }>;
  villages: FeatureCollection<MultiPolygon, VillageProps>;
  roads: FeatureCollection<LineString, RoadProps>;
  keyAreas: FeatureCollection<KeyAreaFeature['geometry'], KeyAreaFeature['properties']>;
};

export function buildGeography(seed: number): DemoGeography {
  const frame = new LocalFrame(demoCommune.centre);
  const ring = communeOutline(Random.of(seed, 'commune'), demoCommune.areaSquareMeters);
  const villagePlans = planVillages(Random.of(seed, 'villages'), frame, ring);
  const locator = new VillageLocator(
    villagePlans.map((v) => v.centre),
    ring,
  );
  const roadNetwork = planRoads(Random.of(seed, 'roads'), locator, villagePlans);
  const keyAreas = planKeyAreas(
    Random.of(seed, 'key-areas'),
    frame,
    locator,
    villagePlans,
    roadNetwork,
  );

  return {
    frame,
    locator,
    villagePlans,
    roadNetwork,
    workerHousingCentres: keyAreas.workerHousingCentres,
    commune: polygon([frame.ringToLngLat(ring)], {
      communeCode: demoCommune.communeCode,
      name: demoCommune.name,
      province: demoCommune.province,
    }),
    formerCommunes: formerCommuneSpecs.map((spec) => ({
      name: spec.name,
      villageSlugs: villagePlans.filter((v) => v.formerCommune === spec.name).map((v) => v.slug),
    })),
    villages: featureCollection(
      villagePlans.map((v) =>
        multiPolygon(v.coordinates, {
          name: v.name,
          slug: v.slug,
          formerCommune: v.formerCommune,
          population: v.population,
          centre: frame.toLngLat(v.centre) as [number, number],
        }),
      ),
    ),
    roads: featureCollection(
      roadNetwork.edges.map((edge) => lineString(frame.lineToLngLat(edge.coords), edge.props)),
    ),
    keyAreas: featureCollection(keyAreas.features),
  };
}
