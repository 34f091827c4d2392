import { vi } from '../i18n/vi';

// How the audit trail reads each field's values: which catalogue names a code (the same labels
// the rest of the app shows), which fields hold the id of another row, a date, an amount. A field
// not listed is shown as it is (text, numbers, booleans as Có/Không).

/** Catalogue objects that name every value of one code list, by their key path. */
export const labelSets = {
  roles: vi.roles,
  businessType: vi.businessType,
  businessStatus: vi.businessStatus,
  keyAreaKind: vi.keyAreaKind,
  'proposals.action': vi.proposals.action,
  'proposals.status': vi.proposals.status,
  'tips.status': vi.tips.status,
  'tips.channels': vi.tips.channels,
  'tips.categories': vi.tips.categories,
  'online.kinds': vi.online.kinds,
  'online.status': vi.online.status,
  'inspections.kinds': vi.inspections.kinds,
  'inspections.statuses': vi.inspections.statuses,
  'inspections.results': vi.inspections.results,
  'inspections.violations': vi.inspections.violations,
  'inspections.measures': vi.inspections.measures,
  'planRecords.audience': vi.planRecords.audience,
  'registryReview.outcomes': vi.registryReview.outcomes,
  'reports.preview.channels': vi.reports.preview.channels,
  'reports.states': vi.reports.states,
  'support.outcomes': vi.support.outcomes,
  'imports.kinds': vi.imports.kinds,
} as const;
export type LabelSet = keyof typeof labelSets;

/** Entities whose rows other entries point at, read "Tin báo #12". */
type RefEntity = 'business' | 'tip' | 'inspection' | 'unplaced-business' | 'officer';

export type ValueKind =
  | { labels: LabelSet }
  | { ref: RefEntity }
  | 'date'
  | 'count'
  | 'vnd'
  | 'bytes'
  | 'village'
  | 'field-names'
  | 'reporter'
  | 'teams';

// What a field holds wherever it appears: the id of another row, a code, a date, a number.
const refFields: Readonly<Record<string, RefEntity>> = {
  businessId: 'business',
  unfitted: 'business',
  unplacedId: 'unplaced-business',
  duplicateOf: 'tip',
  tip: 'tip',
  tipIds: 'tip',
  inspection: 'inspection',
  officerId: 'officer',
};
const codeFields: Readonly<Record<string, LabelSet>> = {
  role: 'roles',
  channel: 'tips.channels',
  category: 'tips.categories',
  result: 'inspections.results',
  violations: 'inspections.violations',
  measures: 'inspections.measures',
  takedownStatus: 'online.status',
  audience: 'planRecords.audience',
  businessStatus: 'businessStatus',
  state: 'reports.states',
};
const dateFields = [
  'expiresAt',
  'reviewedAt',
  'extendedUntil',
  'plannedAt',
  'date',
  'heldOn',
  'issuedOn',
  'reviewedOn',
  'from',
  'to',
  'validFrom',
  'trainedBefore',
];
const byField: Readonly<Record<string, ValueKind>> = {
  ...Object.fromEntries(Object.entries(refFields).map(([field, ref]) => [field, { ref }])),
  ...Object.fromEntries(Object.entries(codeFields).map(([field, labels]) => [field, { labels }])),
  ...Object.fromEntries(dateFields.map((field) => [field, 'date'])),
  villageId: 'village',
  teams: 'teams',
  reporter: 'reporter',
  fineVnd: 'vnd',
  sizeBytes: 'bytes',
  rows: 'count',
  reach: 'count',
  chars: 'count',
  fields: 'field-names',
  filters: 'field-names',
  changed: 'field-names',
  narrativeChanged: 'field-names',
};

/** Where the same field name holds another entity's codes. */
const byEntity: Readonly<Record<string, Readonly<Record<string, ValueKind>>>> = {
  business: { type: { labels: 'businessType' }, status: { labels: 'businessStatus' } },
  proposal: { action: { labels: 'proposals.action' }, status: { labels: 'proposals.status' } },
  tip: { id: { ref: 'tip' }, status: { labels: 'tips.status' } },
  inspection: { kind: { labels: 'inspections.kinds' }, status: { labels: 'inspections.statuses' } },
  'online-violation': { kind: { labels: 'online.kinds' } },
  'key-area': { kind: { labels: 'keyAreaKind' } },
  import: { kind: { labels: 'imports.kinds' } },
  'registry-review': { outcome: { labels: 'registryReview.outcomes' } },
  'support-case': { outcome: { labels: 'support.outcomes' } },
  'report-submission': { channel: { labels: 'reports.preview.channels' } },
  'unplaced-business': { id: { ref: 'unplaced-business' } },
};

/**
 * A proposal's `changes` are a business's fields (audit-field-rules.ts: `fieldsOf`), so they
 * read as the business's.
 */
const fieldsOf: Readonly<Record<string, string>> = { proposal: 'business' };

/** `record[key]` when the record itself has it (never one of Object's own properties). */
const ownValue = <T>(record: Readonly<Record<string, T>> | undefined, key: string) =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

export function valueKind(entity: string, field: string): ValueKind | undefined {
  const other = ownValue(fieldsOf, entity);
  return (
    ownValue(ownValue(byEntity, entity), field) ??
    (other === undefined ? undefined : ownValue(ownValue(byEntity, other), field)) ??
    ownValue(byField, field)
  );
}
