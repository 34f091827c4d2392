import {
  type BusinessRecord,
  getBusinessGeoJson,
  getBusinessRecord,
} from '@ntm/db/queries/businesses';
import type { BusinessFeature, GeoJsonText } from '@ntm/db/queries/geojson-layers';
import { getProposal, insertProposal } from '@ntm/db/queries/proposals';
import type { Context } from 'hono';
import { inTransaction } from '../lib/actor';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { geojson } from '../lib/geojson-response';
import type { UpdateBusinessBody } from '../schemas/business';
import { assertBusinessInOwnVillage, assertInCommune, assertOwnVillage } from './places';
import { proposalJson } from './proposal-json';

type Request =
  | { action: 'create'; businessId: null; before: null; after: BusinessRecord }
  | { action: 'update'; businessId: number; patch: UpdateBusinessBody }
  | { action: 'delete'; businessId: number };

/** The fields of `after` that differ from `before`, with their new values. */
function changesOf(before: BusinessRecord, after: BusinessRecord): Partial<BusinessRecord> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof BusinessRecord)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as Partial<BusinessRecord>;
}

/**
 * A village head's write: checked against their village (old and new position), filed as a
 * proposal and audited; answers 202 with the proposal. A change that changes nothing answers
 * 200 with the business as it is, and files nothing.
 */
export async function fileProposal(c: Context<AppEnv>, request: Request) {
  const source = auditSource(c);
  const account = c.get('account');
  const ownVillage = account?.villageId ?? null;
  if (!account || ownVillage === null) throw new Error('fileProposal needs a village head');
  const { communeCode } = source;

  const result = await inTransaction(c, async (tx) => {
    let before: BusinessRecord | null = null;
    let changes: Partial<BusinessRecord> | null = null;
    if (request.action === 'create') {
      await assertInCommune(tx, communeCode, request.after.lngLat);
      await assertOwnVillage(tx, communeCode, ownVillage, request.after.lngLat);
      changes = request.after;
    } else {
      await assertBusinessInOwnVillage(tx, ownVillage, request.businessId);
      before = await getBusinessRecord(tx, { communeCode, id: request.businessId });
      if (!before) throw new Error('a business of the own village is not readable');
    }
    if (request.action === 'update' && before) {
      const { patch } = request;
      const after = {
        ...before,
        ...patch.properties,
        lngLat: patch.geometry?.coordinates ?? before.lngLat,
      };
      if (patch.geometry) {
        await assertInCommune(tx, communeCode, after.lngLat);
        await assertOwnVillage(tx, communeCode, ownVillage, after.lngLat);
      }
      changes = changesOf(before, after);
      if (Object.keys(changes).length === 0) {
        return {
          unchanged: await getBusinessGeoJson(tx, { communeCode, id: request.businessId }, true),
        };
      }
    }
    const id = await insertProposal(tx, {
      communeCode,
      action: request.action,
      businessId: request.businessId,
      villageId: ownVillage,
      proposedBy: account.id,
      before,
      changes,
    });
    await recordAudit(tx, source, 'propose', 'proposal', id, {
      action: request.action,
      businessId: request.businessId,
      changes,
    });
    return { proposal: await getProposal(tx, { communeCode, id }) };
  });

  if ('unchanged' in result) return geojson(c, result.unchanged as GeoJsonText<BusinessFeature>);
  const proposal = proposalJson(result.proposal as NonNullable<typeof result.proposal>);
  c.header('Location', `/api/proposals/${proposal.id}`);
  return c.json(proposal, 202);
}
