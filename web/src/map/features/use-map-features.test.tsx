import { useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../api/auth-client';
import type { BusinessFeature } from '../../api/geo-types';
import type { MapFeature, MapFeatureContext } from './feature';
import { createMapMessages } from './map-messages';
import { type ComposedFeatures, useMapFeatures } from './use-map-features';

// A feature as a newcomer would add one (README, "Adding a map feature"): the village's wells,
// a layer and a panel section, for village heads only. Registered by putting it in a list.
const wells = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [106.25, 20.78] },
      properties: { name: 'Giếng đình' },
    },
  ],
};
const wellsFeature: MapFeature = {
  id: 'wells',
  allowed: (session) => session.role === 'village',
  useParts: (_context, enabled) => {
    const [shown, setShown] = useState(true);
    return {
      panelSection: enabled && (
        <section className="panel-section" aria-labelledby="wells-title">
          <h2 id="wells-title">Giếng nước</h2>
          <label>
            <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            Hiện giếng trên bản đồ
          </label>
        </section>
      ),
      layers: [
        {
          sourceId: 'wells',
          data: wells,
          visible: shown,
          layers: [{ id: 'wells-points', type: 'circle', source: 'wells' }],
        },
      ],
    };
  },
};

/** A feature already on the map for every role: a panel section of its own. */
const summaryFeature: MapFeature = {
  id: 'summary',
  allowed: () => true,
  useParts: () => ({ panelSection: <h2 id="summary-title">Tóm tắt</h2> }),
};

/** A feature with every part, to see how the page puts several together. */
function partsFeature(
  id: string,
  parts: { noticeRank?: number; holdsMap?: boolean; awaitsIdleMap?: boolean },
) {
  const feature: MapFeature = {
    id,
    allowed: () => true,
    noticeRank: parts.noticeRank,
    useParts: () => ({
      view: <p className={`view-${id}`}>{id}</p>,
      viewAwaitsIdleMap: parts.awaitsIdleMap,
      holdsMap: parts.holdsMap,
      notice: { tone: 'info', text: `notice ${id}` },
      dismissNotice: () => dismissed.push(id),
      businessActions: (business) => (
        <button type="button">
          {id}: {business.properties.name}
        </button>
      ),
    }),
  };
  return feature;
}
const dismissed: string[] = [];

function sessionOf(role: Session['role']): Session {
  return {
    user: { id: 7, username: 'thon-bai-ha', displayName: 'Trưởng thôn Bãi Hạ' },
    role,
    village: role === 'village' ? { id: 3, name: 'Bãi Hạ' } : null,
    mustChangePassword: false,
  };
}

/** Renders the map page's part of the features: what `map-page.tsx` places, as markup. */
function compose(features: readonly MapFeature[], session: Session, mapReady = true) {
  let composed: ComposedFeatures | null = null;
  function Host() {
    const [messages] = useState(createMapMessages);
    const context: MapFeatureContext = {
      session,
      map: null,
      narrow: false,
      villages: null,
      ownVillage: session.village && { id: Number(session.village.id), name: session.village.name },
      closeSheet: () => {},
      send: messages.send,
      messages,
    };
    composed = useMapFeatures(features, context, mapReady);
    return (
      <>
        <aside>{composed.panelSections}</aside>
        <main>{composed.views}</main>
      </>
    );
  }
  const markup = renderToStaticMarkup(<Host />);
  if (!composed) throw new Error('the host did not render');
  return { markup, composed: composed as ComposedFeatures };
}

describe('map features from a list', () => {
  it('a feature added to the list brings its panel section and its layer, after those before it', () => {
    const { markup, composed } = compose([summaryFeature, wellsFeature], sessionOf('village'));
    expect(markup).toContain('Giếng nước');
    expect(markup.indexOf('summary-title')).toBeGreaterThan(-1);
    expect(markup.indexOf('wells-title')).toBeGreaterThan(markup.indexOf('summary-title'));
    const overlay = composed.layers.find((o) => o.sourceId === 'wells');
    expect(overlay?.visible).toBe(true);
    expect(overlay?.data).toBe(wells);
    expect(overlay?.layers.map((l) => l.id)).toEqual(['wells-points']);
  });

  it('a feature the role may not use adds nothing, though the others stay as they were', () => {
    const { markup, composed } = compose([summaryFeature, wellsFeature], sessionOf('police'));
    expect(markup).not.toContain('Giếng nước');
    expect(composed.layers.some((o) => o.sourceId === 'wells')).toBe(false);
    expect(markup).toContain('summary-title');
  });

  it('shows the notice of the lowest rank, and × dismisses every feature’s notice', () => {
    dismissed.length = 0;
    const { composed } = compose(
      [partsFeature('tips', { noticeRank: 40 }), partsFeature('editor', { noticeRank: 10 })],
      sessionOf('village'),
    );
    expect(composed.notice?.text).toBe('notice editor');
    composed.dismissNotices();
    expect(dismissed).toEqual(['tips', 'editor']);
  });

  it('puts the popup buttons of every feature one after another, in the list’s order', () => {
    const { composed } = compose(
      [partsFeature('inspections', {}), partsFeature('review', {})],
      sessionOf('police'),
    );
    const business = { properties: { name: 'Quán Hạ' } } as BusinessFeature;
    const buttons = renderToStaticMarkup(<p>{composed.businessActions?.(business, () => {})}</p>);
    expect(buttons).toBe(
      '<p><button type="button">inspections: Quán Hạ</button><button type="button">review: Quán Hạ</button></p>',
    );
  });

  it('a view waiting for the map shows once it is drawn and steps aside while another holds it', () => {
    const editor = partsFeature('editor', { awaitsIdleMap: true });
    const idle = compose([editor, partsFeature('intake', {})], sessionOf('village'));
    expect(idle.markup).toContain('view-editor');
    const busy = compose(
      [editor, partsFeature('intake', { holdsMap: true })],
      sessionOf('village'),
    );
    expect(busy.markup).not.toContain('view-editor');
    expect(busy.markup).toContain('view-intake');
    const loading = compose([editor], sessionOf('village'), false);
    expect(loading.markup).not.toContain('view-editor');
  });
});

describe('map messages', () => {
  it('reach every listener of their kind until it stops listening', () => {
    const messages = createMapMessages();
    const heard: string[] = [];
    const stop = messages.listen('refresh', ({ dataset }) => heard.push(dataset));
    messages.listen('startIntake', () => heard.push('intake'));
    messages.send({ kind: 'refresh', dataset: 'businesses' });
    messages.send({ kind: 'startIntake' });
    stop();
    messages.send({ kind: 'refresh', dataset: 'unplaced' });
    expect(heard).toEqual(['businesses', 'intake']);
  });
});
