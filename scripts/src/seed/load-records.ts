// The big tables, streamed with COPY. Businesses and tips carry explicit ids (COPY writes
// identity columns as given, like OVERRIDING SYSTEM VALUE) so that tips and inspections refer to
// them without a lookup; the identity sequences are then moved past them. A business's village
// is left to the database's trigger.

import type postgres from 'postgres';
import { copyInto } from './copy-into';
import { copyLine, pointEwkt } from './copy-text';
import { demoCommune } from './demo-geography';
import type { Demo } from './generate-demo';

type Tx = postgres.TransactionSql;
const code = demoCommune.communeCode;

async function nextIdBase(tx: Tx, table: 'businesses' | 'tips'): Promise<number> {
  const [row] = await tx.unsafe<[{ base: string }]>(
    `select coalesce(max(id), 0) as base from ${table}`,
  );
  return Number(row?.base ?? 0);
}

async function moveIdentityPastRows(tx: Tx, table: 'businesses' | 'tips'): Promise<void> {
  await tx.unsafe(
    `select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from ${table}), 1))`,
  );
}

function userId(userIds: ReadonlyMap<string, number>, username: string): number {
  const id = userIds.get(username);
  if (id === undefined) throw new Error(`the demo has no user ${username}`);
  return id;
}

/** Streams businesses, tips, tip events and inspections; `step` reports each table done. */
export async function loadRecords(
  tx: Tx,
  demo: Demo,
  userIds: ReadonlyMap<string, number>,
  step: (label: string) => void,
): Promise<void> {
  const businessBase = await nextIdBase(tx, 'businesses');
  await copyInto(
    tx,
    'businesses',
    [
      'id',
      'commune_code',
      'name',
      'type',
      'address',
      'licensed_trade',
      'licence_number',
      'owner_name',
      'phone',
      'opening_hours',
      'status',
      'reviewed_at',
      'geom',
    ],
    (function* () {
      for (const { properties: p, geometry } of demo.businesses()) {
        yield copyLine([
          businessBase + p.ordinal,
          code,
          p.name,
          p.type,
          p.address,
          p.licensedTrade,
          p.licenceNumber,
          p.ownerName,
          p.phone,
          JSON.stringify(p.openingHours),
          p.status,
          p.reviewedAt,
          pointEwkt(geometry.coordinates),
        ]);
      }
    })(),
  );
  await moveIdentityPastRows(tx, 'businesses');
  step(`businesses: ${demo.businessCount}`);

  const tipBase = await nextIdBase(tx, 'tips');
  await copyInto(
    tx,
    'tips',
    [
      'id',
      'commune_code',
      'received_at',
      'channel',
      'category',
      'description',
      'business_id',
      'geom',
      'precision_meters',
      'status',
    ],
    (function* () {
      for (const { properties: p, geometry } of demo.tips()) {
        yield copyLine([
          tipBase + p.ordinal,
          code,
          p.receivedAt,
          p.channel,
          p.category,
          p.description,
          p.businessOrdinal === null ? null : businessBase + p.businessOrdinal,
          pointEwkt(geometry.coordinates),
          p.precisionMeters,
          p.status,
        ]);
      }
    })(),
  );
  await moveIdentityPastRows(tx, 'tips');
  step(`tips: ${demo.tipCount}`);

  await copyInto(
    tx,
    'tip_events',
    ['commune_code', 'tip_id', 'from_status', 'to_status', 'at', 'user_id', 'note'],
    (function* () {
      for (const { ordinal, events } of demo.tipEvents()) {
        for (const e of events) {
          yield copyLine([
            code,
            tipBase + ordinal,
            e.fromStatus,
            e.toStatus,
            e.at,
            userId(userIds, e.signedBy),
            e.note,
          ]);
        }
      }
    })(),
  );
  step('tip events');

  await copyInto(
    tx,
    'inspections',
    [
      'commune_code',
      'business_id',
      'kind',
      'started_at',
      'team',
      'result',
      'findings',
      'violations',
      'measures',
      'fine_vnd',
      'fine_decision_number',
      'follow_up_on',
      'recorded_by',
      'geom',
    ],
    (function* () {
      for (const { properties: p, geometry } of demo.inspections()) {
        yield copyLine([
          code,
          businessBase + p.businessOrdinal,
          p.kind,
          p.startedAt,
          JSON.stringify(p.team),
          p.result,
          p.findings,
          JSON.stringify(p.violations),
          JSON.stringify(p.measures),
          p.fineVnd,
          p.fineDecisionNumber,
          p.followUpOn,
          userId(userIds, p.recordedBy),
          pointEwkt(geometry.coordinates),
        ]);
      }
    })(),
  );
  step(`inspections: ${demo.inspectionCount}`);
}
