import type { userRoles } from '@ntm/db/schema/values';
import { exportRoute } from '../exports/export-formats';

export type Role = (typeof userRoles)[number];
/** Who may call a route: anyone, any signed-in account, or the listed roles. */
export type Rule = 'public' | 'signed-in' | readonly Role[];

const businessReaders: Role[] = ['leadership', 'police', 'culture', 'village'];
// A village head's write becomes a proposal, and only inside their own village (checked in
// the route and by row-level security).
const businessWriters: Role[] = ['police', 'culture', 'village'];
const proposalReviewers: Role[] = ['police', 'culture'];
const tipIntake: Role[] = ['police', 'culture', 'village'];
// The inter-agency team: police and culture hold inspection rows (row-level security too);
// leadership sees aggregates, never rows.
const inspectionTeam: Role[] = ['police', 'culture'];
// The plan's followers (ntm_plan_reader() in the database): its records and indicators.
const planReaders: Role[] = ['leadership', 'police', 'health', 'culture'];
/** Who imports which kind of the commune's own data (issue #14). */
export const importRoles: Record<
  'registry' | 'key-areas' | 'villages' | 'commune',
  readonly Role[]
> = {
  registry: ['police', 'culture'],
  'key-areas': ['police', 'culture'],
  villages: ['admin'],
  commune: ['admin'],
};
const importers: Role[] = ['police', 'culture', 'admin'];
// Communication activities: culture runs them, the health station leads the plan.
const communicators: Role[] = ['culture', 'health'];

/**
 * Every route of the API and who may call it (ARCHITECTURE.md §4). A route without a rule is
 * refused for everyone, and the route × role test fails until it gets one.
 */
export const accessRules: Record<string, Rule> = {
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'GET /api/health/ready': 'public',
  'GET /api/config': 'public',
  // The API's contract (openapi/routes.ts): what the routes take and who may call them, no data.
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  // Browsers report what the Content-Security-Policy refused, on any page, signed in or not.
  'POST /api/csp-reports': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/auth/tokens': 'signed-in',
  'POST /api/auth/tokens': 'signed-in',
  'DELETE /api/auth/tokens/:id': 'signed-in',
  'GET /api/commune': 'signed-in',
  'GET /api/villages': 'signed-in',
  'GET /api/key-areas': 'signed-in',
  'GET /api/roads': 'signed-in',
  'GET /api/businesses': businessReaders,
  'GET /api/businesses/:id': businessReaders,
  'POST /api/businesses': businessWriters,
  'PATCH /api/businesses/:id': businessWriters,
  'DELETE /api/businesses/:id': businessWriters,
  // Tips and inspections of one business: tips only for police (filtered in the route).
  'GET /api/businesses/:id/timeline': inspectionTeam,
  'GET /api/proposals': [...proposalReviewers, 'village'],
  'GET /api/proposals/:id': [...proposalReviewers, 'village'],
  'POST /api/proposals/:id/approve': proposalReviewers,
  'POST /api/proposals/:id/reject': proposalReviewers,
  // Tips: police hold them; culture and village heads take them in and follow their own (rows
  // by row-level security); the plan's followers see indicator đ as numbers only.
  'GET /api/tips': tipIntake,
  'GET /api/tips/summary': ['leadership', 'police', 'health', 'culture'],
  'GET /api/tips/:id': tipIntake,
  'GET /api/tips/:id/reporter': ['police'],
  'GET /api/tips/:id/duplicates': ['police'],
  'POST /api/tips': tipIntake,
  'POST /api/tips/:id/transitions': ['police'],
  'POST /api/tips/:id/extension': ['police'],
  'PUT /api/tips/:id/duplicate-of': ['police'],
  'DELETE /api/tips/:id/duplicate-of': ['police'],
  'GET /api/online-violations': ['police'],
  'POST /api/online-violations': ['police'],
  'PATCH /api/online-violations/:id': ['police'],
  // The plan's indicators (issue #8): numbers only; support exact for health, suppressed else.
  'GET /api/indicators': ['leadership', 'police', 'health', 'culture'],
  // The periodic report (issue #8): the plan's readers read it, the health station writes it.
  'GET /api/reports': planReaders,
  'GET /api/reports/periodic': planReaders,
  'POST /api/reports': ['health'],
  'PATCH /api/reports/:id': ['health'],
  'POST /api/reports/:id/transitions': ['health'],
  'GET /api/seasons': 'signed-in',
  // Risk steers inspections: leadership and police (ARCHITECTURE.md §4).
  'GET /api/risk/businesses': ['leadership', 'police'],
  'GET /api/risk/model': ['leadership', 'police'],
  'GET /api/risk/grid': ['leadership', 'police'],
  // Counts per cell only, never tip rows (coordinates from ntm_risk_events, counted in SQL).
  'GET /api/hotspots': ['leadership', 'police'],
  'POST /api/seasons/events': ['admin'],
  'DELETE /api/seasons/events/:id': ['admin'],
  'GET /api/inspections': inspectionTeam,
  'GET /api/inspections/:id': inspectionTeam,
  'POST /api/inspections': inspectionTeam,
  'POST /api/inspections/schedule': inspectionTeam,
  'POST /api/inspections/:id/record': inspectionTeam,
  'POST /api/inspections/:id/cancel': inspectionTeam,
  // Route plans: the police plan and save rounds; leadership reads them except surprise rounds
  // (row-level security answers 404 for those).
  'POST /api/route-plans': ['police'],
  'GET /api/route-plans': ['leadership', 'police'],
  'GET /api/route-plans/stops': ['leadership', 'police'],
  'GET /api/route-plans/:id': ['leadership', 'police'],
  'GET /api/route-plans/:file{[0-9]+\\.gpx}': ['leadership', 'police'],
  'PUT /api/route-plans/:id/teams': ['police'],
  // Files of tips: row-level security decides which tip's files each of them may touch.
  'GET /api/tips/:id/attachments': tipIntake,
  'POST /api/tips/:id/attachments': tipIntake,
  // Photos of inspections: the team's, like the inspections themselves.
  'GET /api/inspections/:id/attachments': inspectionTeam,
  'POST /api/inspections/:id/attachments': inspectionTeam,
  // One file of either: row-level security again (a village head never sees an inspection's).
  'GET /api/attachments/:id': tipIntake,
  // What citizens added through the public form's tracking code.
  'GET /api/tips/:id/additions': ['police'],
  // The public tip form: no login; rate limited per address, status only (routes/public-tips.ts).
  'GET /api/public/commune': 'public',
  'GET /api/public/villages': 'public',
  'POST /api/public/tips': 'public',
  'GET /api/public/tips/:code': 'public',
  'POST /api/public/tips/:code/additions': 'public',
  // Support cases (hỗ trợ, can thiệp giảm hại): rows for the health station only, behind their
  // own schema and role (api/src/support/support-wall.ts); the plan's followers get suppressed
  // counts only (k < 5 shown as "<5", with a complementary cell).
  'GET /api/support/cases': ['health'],
  'POST /api/support/cases': ['health'],
  'GET /api/support/cases/:id': ['health'],
  'PATCH /api/support/cases/:id': ['health'],
  'POST /api/support/cases/:id/referrals': ['health'],
  'PATCH /api/support/referrals/:id': ['health'],
  'GET /api/support/summary': ['leadership', 'police', 'health', 'culture'],
  'GET /api/support/villages': ['leadership', 'police', 'health', 'culture'],
  // The records behind the plan's indicators (issue #8): the health station keeps the plan,
  // officers, trainings and the agencies' reports; police and culture review the registry.
  'GET /api/plan-documents': planReaders,
  'POST /api/plan-documents': ['health'],
  'GET /api/registry-reviews': planReaders,
  'POST /api/businesses/:id/reviews': inspectionTeam,
  // Where a talk was held is not sensitive: anyone signed in sees it on the map.
  'GET /api/communication-activities': 'signed-in',
  'POST /api/communication-activities': communicators,
  'PATCH /api/communication-activities/:id': communicators,
  'DELETE /api/communication-activities/:id': communicators,
  'GET /api/agencies': planReaders,
  'GET /api/officers': planReaders,
  'POST /api/officers': ['health'],
  'PATCH /api/officers/:id': ['health'],
  'GET /api/trainings': planReaders,
  'POST /api/trainings': ['health'],
  'DELETE /api/trainings/:id': ['health'],
  'GET /api/report-submissions': planReaders,
  'POST /api/report-submissions': ['health'],
  // Imports (issue #14): the registry and key areas are police's and culture's, boundaries the
  // admin's; each route also checks the import's kind (importRoles, and row-level security).
  'GET /api/imports': importers,
  'POST /api/imports': importers,
  'GET /api/imports/:id': importers,
  'PATCH /api/imports/:id': importers,
  'GET /api/imports/:id/rows': importers,
  'GET /api/imports/:id/rows.geojson': importers,
  'GET /api/imports/:id/refused.xlsx': importers,
  'POST /api/imports/:id/commit': importers,
  'POST /api/imports/:id/undo': importers,
  // Premises an import kept without a position: a village head's own village, or all.
  'GET /api/businesses/unplaced': businessWriters,
  'POST /api/businesses/unplaced/:id/place': businessWriters,
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/users/:id/password': ['admin'],
  'GET /api/audit': ['admin'],
  // Exports (issue #14): a layer as a file for whoever may read the layer, by its GET route's
  // rule (fields and rows as that route gives them; a tip's reporter never). Audited.
  [exportRoute('villages')]: 'signed-in',
  [exportRoute('commune')]: 'signed-in',
  [exportRoute('key-areas')]: 'signed-in',
  [exportRoute('businesses')]: businessReaders,
  [exportRoute('tips')]: tipIntake,
  [exportRoute('inspections')]: inspectionTeam,
  // Any other name: 404 with the list of layers.
  'GET /api/exports/:file': 'signed-in',
  // Vector tiles (routes/tiles.ts): a layer is read by the roles its own GET route is open to.
  'GET /api/tiles/:layer': 'signed-in',
  'GET /api/tiles/:layer/:z/:x/:file': 'signed-in',
  // OGC API – Features (routes/ogc.ts): what the server is, for anyone; the collections a role
  // reads are those whose own GET route it may call (ogc/collections.ts decides, per collection).
  'GET /ogc': 'public',
  'GET /ogc/conformance': 'public',
  'GET /ogc/api': 'public',
  'GET /ogc/api.html': 'public',
  'GET /ogc/collections': 'signed-in',
  'GET /ogc/collections/:collectionId': 'signed-in',
  'GET /ogc/collections/:collectionId/items': 'signed-in',
  'GET /ogc/collections/:collectionId/items/:featureId': 'signed-in',
};

/** Roles that read tips themselves; the others see tip hot spots only above a floor (risk/tip-floor.ts). */
export const rolesReadingTips: readonly Role[] = tipIntake;

/** Roles that see a business's owner and phone; for the others the fields are absent. */
export const rolesSeeingOwners: readonly Role[] = ['police', 'culture', 'village'];

/**
 * Whether `rule` lets a signed-in account of `role` through: 'public' and 'signed-in' let every
 * role through, a list its own roles, no rule nobody. The one reading of a rule, for the
 * middleware and for what the OGC catalogue lists.
 */
export function ruleAllows(rule: Rule | undefined, role: Role): boolean {
  if (rule === undefined) return false;
  return rule === 'public' || rule === 'signed-in' || rule.includes(role);
}

/** What an account with a temporary password may still do: see who it is, change it, leave. */
export const allowedWithTemporaryPassword: readonly string[] = [
  'GET /api/auth/me',
  'POST /api/auth/password',
  'POST /api/auth/logout',
];
