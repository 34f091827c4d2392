import { describe, expect, it } from 'vitest';
import {
  businessLayerIds,
  keyAreaLayerIds,
  villageFillLayerId,
  villageLabelLayerId,
} from './layers';
import { basemapLayerId, buildStyle } from './style';

/** The layer ids of a style without a basemap, bottom first. */
const offlineLayerIds = () =>
  buildStyle({ basemapUrl: null, basemapAttribution: null }).layers.map((layer) => layer.id);

describe('buildStyle', () => {
  it('needs nothing from outside the app when no basemap is configured', () => {
    const style = buildStyle({ basemapUrl: null, basemapAttribution: null });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('has every layer the end-to-end test queries', () => {
    const ids = offlineLayerIds();
    for (const id of [villageFillLayerId, ...keyAreaLayerIds, ...businessLayerIds]) {
      expect(ids).toContain(id);
    }
  });

  it('puts an online basemap under every commune layer', () => {
    const style = buildStyle({
      basemapUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      basemapAttribution: null,
    });
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf(basemapLayerId)).toBe(1);
    expect(ids.indexOf(basemapLayerId)).toBeLessThan(ids.indexOf(villageFillLayerId));
  });

  it('draws labels above the areas they name', () => {
    const ids = offlineLayerIds();
    expect(ids.indexOf(villageLabelLayerId)).toBeGreaterThan(ids.indexOf(villageFillLayerId));
  });
});
