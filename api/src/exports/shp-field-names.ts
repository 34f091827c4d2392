// A dBASE field name holds at most 10 characters, so a Shapefile cannot carry the API's names
// (`licenceNumber`, `fineDecisionNumber`). Each property gets a fixed short name here, the same
// in every export so a file can be read back; README.md lists them. An unknown name (a new
// property) is cut to 10 characters and numbered when that collides.
const shortNames: Record<string, string> = {
  licensedTrade: 'trade',
  licenceNumber: 'licence_no',
  openingHours: 'open_hours',
  reviewedAt: 'reviewed',
  villageName: 'village_nm',
  updatedAt: 'updated',
  formerCommune: 'former_cm',
  areaKm2: 'area_km2',
  receivedAt: 'received',
  description: 'descr',
  businessId: 'busin_id',
  businessName: 'busin_name',
  precisionMeters: 'precis_m',
  duplicateOf: 'dup_of',
  transferredTo: 'transf_to',
  transferDocument: 'transf_doc',
  extendedUntil: 'ext_until',
  extensionReason: 'ext_reason',
  startedAt: 'started',
  arrivedAt: 'arrived',
  peoplePresent: 'people',
  fineVnd: 'fine_vnd',
  fineDecisionNumber: 'fine_decno',
  followUpOn: 'follow_up',
  recordedBy: 'recorder',
  idempotencyKey: 'idem_key',
  tipIds: 'tip_ids',
  createdAt: 'created',
};

/** The Shapefile names of these properties, in order: unique, at most 10 characters. */
export function shpFieldNames(keys: readonly string[]): string[] {
  const used = new Set<string>();
  return keys.map((key) => {
    const base = (shortNames[key] ?? key).slice(0, 10);
    let name = base;
    for (let n = 1; used.has(name.toLowerCase()); n += 1) {
      name = `${base.slice(0, 10 - String(n).length)}${n}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
