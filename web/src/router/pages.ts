import type { Role } from '../api/auth-client';
import { mayCall } from '../auth/permissions';

// Every page of the app, in one list: its path (Vietnamese, as people read it in the address
// bar), the API route it is built on (which decides who may open it, from the API's own rule
// table) and the header's label for it. signed-in-app.tsx maps each key to its component;
// adding a page here without one there is a type error. A new page, e.g. the proposals queue:
//   { key: 'proposals', path: '/de-xuat', needs: 'GET /api/proposals', navLabel: 'nav.proposals' }
// plus `proposals: () => <ProposalsPage />` in signed-in-app.tsx and `nav.proposals` in vi.ts;
// the roles its API route allows then see the link, the others a refusal.

export const pages = [
  { key: 'map', path: '/', needs: null, navLabel: 'nav.map' },
  {
    key: 'users',
    path: '/quan-tri/nguoi-dung',
    needs: 'GET /api/users',
    navLabel: 'nav.users',
  },
  { key: 'audit', path: '/quan-tri/nhat-ky', needs: 'GET /api/audit', navLabel: 'nav.audit' },
  {
    key: 'events',
    path: '/quan-tri/mua-cao-diem',
    needs: 'POST /api/seasons/events',
    navLabel: 'nav.events',
  },
  {
    key: 'inspections',
    path: '/kiem-tra',
    needs: 'GET /api/inspections',
    navLabel: 'nav.inspections',
  },
  {
    key: 'riskCompare',
    path: '/rui-ro/so-sanh',
    needs: 'GET /api/risk/businesses',
    navLabel: 'nav.riskCompare',
  },
  {
    key: 'routePlanner',
    path: '/tuyen-kiem-tra',
    needs: 'POST /api/route-plans',
    navLabel: 'nav.routePlanner',
  },
  {
    key: 'indicators',
    path: '/chi-tieu',
    needs: 'GET /api/indicators',
    navLabel: 'nav.indicators',
  },
  {
    key: 'reports',
    path: '/bao-cao',
    needs: 'GET /api/reports',
    navLabel: 'nav.reports',
  },
  {
    key: 'support',
    path: '/ho-tro',
    needs: 'GET /api/support/cases',
    navLabel: 'nav.support',
  },
  // The plan's records (issue #8): the health station leads the plan, culture runs the
  // communication; both may record a communication activity, which is what opens the page.
  {
    key: 'planRecords',
    path: '/ke-hoach',
    needs: 'POST /api/communication-activities',
    navLabel: 'nav.planRecords',
  },
  // The commune's own data in (issue #14): police and culture import the registry and key
  // areas, the admin the boundaries (imports/import-kinds.ts picks the kinds per role).
  {
    key: 'imports',
    path: '/nhap-du-lieu',
    needs: 'POST /api/imports',
    navLabel: 'nav.imports',
  },
  // The field's printouts and phone view of a saved plan: opened from the planner with the
  // plan in the query, never from the header (`nav: false`), so they have no link there.
  {
    key: 'routeSheet',
    path: '/tuyen-kiem-tra/in',
    needs: 'GET /api/route-plans',
    navLabel: 'nav.routeSheet',
    nav: false,
  },
  {
    key: 'teamRoute',
    path: '/tuyen-kiem-tra/doi',
    needs: 'GET /api/route-plans',
    navLabel: 'nav.teamRoute',
    nav: false,
  },
] as const;

export type Page = (typeof pages)[number];

// Pages anyone may open, signed in or not: app.tsx shows them before it asks who is signed in.
// Their API routes are 'public' in access-rules.ts; `label` is the page's tab and title.
export const publicPages = [
  { key: 'publicTip', path: '/bao-tin', label: 'publicTip.tabs.file' },
  { key: 'publicLookup', path: '/bao-tin/tra-cuu', label: 'publicTip.tabs.lookup' },
] as const;

export type PublicPage = (typeof publicPages)[number];

/** The public page at a path, or null (then the signed-in app decides). */
export function matchPublicPage(pathname: string): PublicPage | null {
  const path = normalizePath(pathname);
  return publicPages.find((p) => p.path === path) ?? null;
}
export type PageKey = Page['key'];

/** What a path shows: a page, or nothing (an unknown address). */
type Match = { kind: 'page'; page: Page } | { kind: 'not-found' };

/** `/quan-tri/nhat-ky/` and `/quan-tri/nhat-ky` are the same page; the query is not matched. */
export function normalizePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function matchPage(pathname: string): Match {
  const path = normalizePath(pathname);
  const page = pages.find((p) => p.path === path);
  return page ? { kind: 'page', page } : { kind: 'not-found' };
}

/** A page built on an API route opens for the roles that route lets in; the map for everyone. */
export function mayOpen(role: Role, page: Page): boolean {
  return page.needs === null || mayCall(role, page.needs);
}

/** The pages the header links to for a role; none when the map is all there is. */
export function navPages(role: Role): Page[] {
  const open = pages.filter((page) => mayOpen(role, page) && !('nav' in page && !page.nav));
  return open.length > 1 ? open : [];
}

export function pagePath(key: PageKey): string {
  const page = pages.find((p) => p.key === key);
  if (!page) throw new Error(`no page ${key}`);
  return page.path;
}
