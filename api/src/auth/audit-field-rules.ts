import { userRoles } from '@ntm/db/schema/values';
import { type ExportLayer, exportLayers, exportRoute } from '../exports/export-formats';
import { accessRules, importRoles, type Role, rolesSeeingOwners } from './access-rules';

/**
 * Who may read a value an audit diff holds (issue #16): the roles that may read that field of
 * the record through the entity's own GET route, as access-rules.ts says. A field not named
 * here is hidden from everyone, so a new column never leaks through the audit trail.
 *
 * - `record`: the readers of the entity's route (`route`) that see every row of it;
 * - `{ only: roles }`: those of them in the list the route itself narrows the field to
 *   (rolesSeeingOwners for a business's owner and phone);
 * - `{ as: [entity, field] }`: those of them that also read that field of that entity
 *   (a business's status named in a review, the tips an inspection answers);
 * - `{ fieldsOf: entity }`: an object whose keys are that entity's fields (a proposal's
 *   `changes`), each value read as that entity's field by the record's readers;
 * - `trail`: says what was done, not what a record holds (names of fields, a file format);
 *   anyone who may read the trail;
 * - `never`: nobody (a tip's reporter).
 */
export type FieldRule =
  | 'record'
  | 'trail'
  | 'never'
  | { only: readonly Role[] }
  | { as: readonly [entity: string, field: string] }
  | { fieldsOf: string };

export type AuditEntityRule = {
  /** The entity's own GET route, a key of accessRules; null when no route reads it. */
  route: string | null;
  /** Roles that route gives only some rows (their village, their own): values stay hidden. */
  someRows?: readonly Role[];
  /** The route gives a row to the roles its `field` value names (an import by its kind). */
  rowsBy?: { field: string; readers: Readonly<Record<string, readonly Role[]>> };
  fields: Readonly<Record<string, FieldRule>>;
};

const record = (fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, 'record'])) as Record<string, FieldRule>;

const businessFields = [
  'name',
  'type',
  'address',
  'licensedTrade',
  'licenceNumber',
  'openingHours',
  'status',
  'reviewedAt',
  'lngLat',
];

// An export is audited under its layer's name, with the request's format and the rows sent.
const exportEntries = Object.fromEntries(
  exportLayers.map((layer: ExportLayer) => [
    layer,
    {
      route: exportRoute(layer),
      // How many rows went out says something of the layer: as its GET route gives rows (a
      // village head's own village, culture's and village heads' own tips).
      someRows:
        layer === 'tips' ? ['culture', 'village'] : layer === 'businesses' ? ['village'] : [],
      fields: { format: 'trail', crs: 'trail', xy: 'trail', completed: 'trail', rows: 'record' },
    } satisfies AuditEntityRule,
  ]),
);

/** Every audited entity, by the name its entries carry (`entity` of appendAudit). */
export const auditFieldRules: Readonly<Record<string, AuditEntityRule>> = {
  business: {
    route: 'GET /api/businesses/:id',
    someRows: ['village'],
    fields: {
      ...record(businessFields),
      owner: { only: rolesSeeingOwners },
      phone: { only: rolesSeeingOwners },
      unplacedId: { as: ['unplaced-business', 'id'] },
    },
  },
  'unplaced-business': {
    route: 'GET /api/businesses/unplaced',
    someRows: ['village'],
    fields: record(['id']),
  },
  proposal: {
    route: 'GET /api/proposals/:id',
    someRows: ['village'],
    fields: {
      ...record(['action', 'businessId', 'status', 'reason']),
      changes: { fieldsOf: 'business' },
      unplacedId: { as: ['unplaced-business', 'id'] },
    },
  },
  tip: {
    route: 'GET /api/tips/:id',
    // Row-level security gives culture and village heads the tips they took in.
    someRows: ['culture', 'village'],
    fields: {
      ...record([
        'id',
        'channel',
        'category',
        'businessId',
        'located',
        'status',
        'transferredTo',
        'documentNumber',
        'extendedUntil',
        'extensionReason',
        'duplicateOf',
        'attachments',
      ]),
      // Who reported a tip, or whether anyone did, never leaves GET /api/tips/:id/reporter.
      reporter: 'never',
      contact: 'never',
    },
  },
  'tip-reporter': { route: 'GET /api/tips/:id/reporter', fields: {} },
  'tip-addition': { route: 'GET /api/tips/:id/additions', fields: record(['chars']) },
  inspection: {
    route: 'GET /api/inspections/:id',
    fields: {
      ...record([
        'businessId',
        'kind',
        'status',
        'result',
        'violations',
        'measures',
        'fineVnd',
        'fineDecisionNumber',
        'idempotencyKey',
        'plannedAt',
        'reason',
      ]),
      // GET /api/inspections/:id adds the tips it answers for the police only.
      tipIds: { as: ['tip', 'id'] },
    },
  },
  'support-case': {
    route: 'GET /api/support/cases/:id',
    fields: {
      ...record(['rows', 'referral', 'outcome']),
      // Names of the fields given or filtered on, never their values.
      fields: 'trail',
      filters: 'trail',
    },
  },
  attachment: {
    route: 'GET /api/attachments/:id',
    someRows: ['culture', 'village'],
    fields: record(['tip', 'inspection', 'fileName', 'sizeBytes', 'mediaType', 'sha256']),
  },
  'online-violation': {
    route: 'GET /api/online-violations',
    fields: record(['platform', 'kind', 'takedownStatus']),
  },
  'route-plan': {
    route: 'GET /api/route-plans/:id',
    // Surprise rounds are the police's alone.
    someRows: ['leadership'],
    fields: record(['date', 'seed', 'surprise', 'teams', 'unfitted']),
  },
  user: {
    route: 'GET /api/users',
    // `password` holds what happened ("reset"), never a password.
    fields: record(['username', 'displayName', 'role', 'villageId', 'active', 'password']),
  },
  'api-token': {
    route: 'GET /api/auth/tokens',
    // Each account lists its own tokens only.
    someRows: userRoles,
    fields: record(['name', 'expiresAt']),
  },
  'communication-activity': {
    route: 'GET /api/communication-activities',
    fields: record(['heldOn', 'title', 'placeName', 'audience', 'reach', 'organiser', 'lngLat']),
  },
  officer: {
    route: 'GET /api/officers',
    fields: record(['agencyId', 'fullName', 'position', 'active']),
  },
  training: {
    route: 'GET /api/trainings',
    fields: record([
      'id',
      'officerId',
      'officerName',
      'agencyName',
      'course',
      'heldOn',
      'hours',
      'provider',
    ]),
  },
  'plan-document': {
    route: 'GET /api/plan-documents',
    fields: record(['year', 'number', 'issuedOn']),
  },
  'registry-review': {
    route: 'GET /api/registry-reviews',
    fields: {
      ...record(['businessId', 'reviewedOn', 'outcome']),
      businessStatus: { as: ['business', 'status'] },
    },
  },
  'report-submission': {
    route: 'GET /api/report-submissions',
    fields: record(['agencyId', 'period', 'channel']),
  },
  'periodic-report': {
    route: 'GET /api/reports',
    fields: {
      ...record(['period', 'version', 'state', 'number', 'submissionRecorded']),
      narrativeChanged: 'trail',
    },
  },
  'local-event': {
    route: 'GET /api/seasons',
    fields: record(['id', 'name', 'from', 'to']),
  },
  import: {
    route: 'GET /api/imports/:id',
    rowsBy: { field: 'kind', readers: importRoles },
    fields: record(['kind', 'fileName', 'sha256', 'counts', 'validFrom', 'mapping', 'crs']),
  },
  'key-area': {
    route: 'GET /api/key-areas',
    fields: { ...record(['name', 'kind']), changed: 'trail' },
  },
  // `pnpm boundaries:apply`: the premises that changed village, by name.
  boundaries: {
    route: 'GET /api/villages',
    fields: { moved: { as: ['business', 'name'] } },
  },
  // `pnpm risk:calibrate`: the model's weights, as GET /api/risk/model shows them.
  risk_weight_set: {
    route: 'GET /api/risk/model',
    fields: record(['trainedBefore', 'method', 'weights']),
  },
  ...exportEntries,
};

/** The roles a route of accessRules admits (none for an unknown route). */
export function routeReaders(route: string | null): readonly Role[] {
  const rule = route === null ? undefined : accessRules[route];
  if (rule === undefined) return [];
  return rule === 'public' || rule === 'signed-in' ? userRoles : rule;
}

/** The roles that read every row of the entity through its route, before any field rule. */
function recordReaders(entity: string): readonly Role[] {
  const rule = auditFieldRules[entity];
  if (!rule) return [];
  return routeReaders(rule.route).filter((role) => !rule.someRows?.includes(role));
}

/** Whether `role` may read `field` of `entity` as the audit trail holds it. */
export function mayReadField(entity: string, field: string, role: Role): boolean {
  const rule = auditFieldRules[entity]?.fields;
  const fieldRule = rule && Object.hasOwn(rule, field) ? rule[field] : undefined;
  if (fieldRule === undefined || fieldRule === 'never') return false;
  if (fieldRule === 'trail') return true;
  if (!recordReaders(entity).includes(role)) return false;
  if (fieldRule === 'record' || 'fieldsOf' in fieldRule) return true;
  if ('only' in fieldRule) return fieldRule.only.includes(role);
  const [other, otherField] = fieldRule.as;
  return mayReadField(other, otherField, role);
}
