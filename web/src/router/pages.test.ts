import { describe, expect, it } from 'vitest';
import {
  matchPage,
  matchPublicPage,
  mayOpen,
  navPages,
  normalizePath,
  pagePath,
  pages,
  publicPages,
} from './pages';

/** The keys of the pages a role's header links to, in order. */
const linksOf = (role: Parameters<typeof navPages>[0]) => navPages(role).map((p) => p.key);

describe('matchPage', () => {
  it('finds the map at the root and the admin pages at their Vietnamese paths', () => {
    expect(matchPage('/')).toMatchObject({ kind: 'page', page: { key: 'map' } });
    expect(matchPage('/quan-tri/nguoi-dung')).toMatchObject({ page: { key: 'users' } });
    expect(matchPage('/quan-tri/nhat-ky/')).toMatchObject({ page: { key: 'audit' } });
  });

  it('knows no other address', () => {
    expect(matchPage('/quan-tri')).toEqual({ kind: 'not-found' });
    expect(matchPage('/quan-tri/nguoi-dung/5')).toEqual({ kind: 'not-found' });
  });

  it('treats a trailing slash as none', () => {
    expect(normalizePath('///')).toBe('/');
    expect(normalizePath('/quan-tri/nhat-ky//')).toBe('/quan-tri/nhat-ky');
  });
});

describe('who may open which page', () => {
  it('opens the admin pages to the administrator only', () => {
    const users = pages.find((p) => p.key === 'users');
    if (!users) throw new Error('no users page');
    expect(mayOpen('admin', users)).toBe(true);
    expect(mayOpen('police', users)).toBe(false);
    expect(mayOpen('village', users)).toBe(false);
  });

  it('links the administrator to the map, the three admin pages and the boundary import', () => {
    expect(linksOf('admin')).toEqual(['map', 'users', 'audit', 'events', 'imports']);
  });

  it('links the import page to police, culture and the admin only', () => {
    expect(matchPage('/nhap-du-lieu')).toMatchObject({ page: { key: 'imports' } });
    for (const role of ['leadership', 'health', 'village'] as const) {
      expect(linksOf(role)).not.toContain('imports');
    }
  });

  it('shows no links to a role that has only the map', () => {
    expect(navPages('village')).toEqual([]);
  });

  it('links the health station to its support cases, and no other role', () => {
    expect(matchPage('/ho-tro')).toMatchObject({ page: { key: 'support' } });
    for (const role of ['leadership', 'police', 'culture', 'village', 'admin'] as const) {
      expect(linksOf(role)).not.toContain('support');
    }
  });

  it('links the health station and culture to the plan records, the others not', () => {
    expect(matchPage('/ke-hoach')).toMatchObject({ page: { key: 'planRecords' } });
    for (const role of ['leadership', 'police', 'village', 'admin'] as const) {
      expect(linksOf(role)).not.toContain('planRecords');
    }
  });

  it('links the health station to the plan’s indicators and its periodic reports', () => {
    expect(linksOf('health')).toEqual(['map', 'indicators', 'reports', 'support', 'planRecords']);
    expect(matchPage('/chi-tieu')).toMatchObject({ page: { key: 'indicators' } });
    expect(matchPage('/bao-cao/')).toMatchObject({ page: { key: 'reports' } });
  });

  it('links leadership to the season comparison, the indicators and the reports beside the map', () => {
    expect(linksOf('leadership')).toEqual(['map', 'riskCompare', 'indicators', 'reports']);
    expect(matchPage('/rui-ro/so-sanh')).toMatchObject({ page: { key: 'riskCompare' } });
  });

  it('links police to inspections, the season comparison, the route planner, the plan pages and imports; culture to inspections, the plan pages and imports', () => {
    expect(linksOf('police')).toEqual([
      'map',
      'inspections',
      'riskCompare',
      'routePlanner',
      'indicators',
      'reports',
      'imports',
    ]);
    expect(linksOf('culture')).toEqual([
      'map',
      'inspections',
      'indicators',
      'reports',
      'planRecords',
      'imports',
    ]);
  });

  it('opens the route sheet and team view to police and leadership, never from the header', () => {
    expect(matchPage('/tuyen-kiem-tra/in')).toMatchObject({ page: { key: 'routeSheet' } });
    expect(matchPage('/tuyen-kiem-tra/doi/')).toMatchObject({ page: { key: 'teamRoute' } });
    for (const key of ['routeSheet', 'teamRoute'] as const) {
      const page = pages.find((p) => p.key === key);
      if (!page) throw new Error(`no ${key} page`);
      expect(mayOpen('police', page)).toBe(true);
      expect(mayOpen('leadership', page)).toBe(true);
      expect(mayOpen('culture', page)).toBe(false);
      for (const role of ['police', 'leadership'] as const) {
        expect(linksOf(role)).not.toContain(key);
      }
    }
  });

  it('gives every page its own path', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(pagePath('audit')).toBe('/quan-tri/nhat-ky');
  });
});

describe('public pages', () => {
  it('finds the tip form and its lookup without a session, and nothing else', () => {
    expect(matchPublicPage('/bao-tin')?.key).toBe('publicTip');
    expect(matchPublicPage('/bao-tin/tra-cuu/')?.key).toBe('publicLookup');
    expect(matchPublicPage('/')).toBeNull();
    expect(matchPublicPage('/quan-tri/nguoi-dung')).toBeNull();
  });

  it('shares no path with a signed-in page', () => {
    const paths = [...pages, ...publicPages].map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
