import type { Sql } from '@ntm/db/client';
import {
  type BusinessRecord,
  deleteBusiness,
  getBusinessRecord,
  insertBusiness,
  updateBusiness,
} from '@ntm/db/queries/businesses';
import {
  decideProposal,
  getProposal,
  type ProposalRow,
  pageProposals,
} from '@ntm/db/queries/proposals';
import { settlePlacement } from '@ntm/db/queries/unplaced-businesses';
import { proposalStatuses } from '@ntm/db/schema/values';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { assertInCommune } from '../proposals/places';
import { proposalJson, proposedRecord } from '../proposals/proposal-json';
import { idParam, idPath, listParam } from '../schemas/geojson';

const listQuery = z.object({
  status: listParam(proposalStatuses).optional(),
  village: idParam.optional(),
  /** Pages in the review queue's order (pending oldest first, then the latest decided). */
  ...pageParams(['int', 'numeric', 'int']),
});
const rejectBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

const statusWords = { approved: 'đã được duyệt', rejected: 'đã bị từ chối' } as const;

/**
 * The pending proposal, locked for the decision; 404 unknown, 409 already decided. A decided
 * proposal cannot be locked (the policy lets reviewers update pending ones only), so the
 * unlocked read tells the two apart.
 */
async function pendingProposal(tx: Sql, communeCode: string, id: number): Promise<ProposalRow> {
  const locked = await getProposal(tx, { communeCode, id, forUpdate: true });
  if (locked?.status === 'pending') return locked;
  const proposal = orNotFound(await getProposal(tx, { communeCode, id }), 'Đề xuất');
  const status = proposal.status as Exclude<ProposalRow['status'], 'pending'>;
  throw new ApiError(409, 'already-decided', `Đề xuất này ${statusWords[status]}`);
}

/**
 * The fields the proposal relies on that someone changed after it was filed: an approval
 * then would overwrite their change unseen, so it answers 409 and the reviewer looks again.
 */
function changedSinceProposal(proposal: ProposalRow, current: BusinessRecord): string[] {
  const before = proposal.before as BusinessRecord;
  const keys =
    proposal.action === 'update'
      ? (Object.keys(proposal.changes ?? {}) as (keyof BusinessRecord)[])
      : (Object.keys(before) as (keyof BusinessRecord)[]);
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(current[key]))
    .map((key) => (key === 'lngLat' ? 'geometry' : key));
}

/** Applies an approved proposal to the registry, audited as the reviewer's write. */
async function applyProposal(c: Context<AppEnv>, tx: Sql, proposal: ProposalRow) {
  const source = auditSource(c);
  const { communeCode } = source;
  if (proposal.action === 'create') {
    const record = proposedRecord(proposal) as BusinessRecord;
    await assertInCommune(tx, communeCode, record.lngLat);
    const id = await insertBusiness(tx, communeCode, record);
    await recordAudit(tx, source, 'create', 'business', id, { after: record });
    return id;
  }
  const id = proposal.businessId as number;
  const current = await getBusinessRecord(tx, { communeCode, id });
  if (!current) throw new ApiError(409, 'business-gone', 'Cơ sở đã bị xoá sau khi đề xuất');
  const stale = changedSinceProposal(proposal, current);
  if (stale.length > 0) {
    throw new ApiError(
      409,
      'changed-since-proposal',
      'Cơ sở đã được sửa sau khi đề xuất; hãy xem lại trước khi duyệt',
      { fields: stale },
    );
  }
  if (proposal.action === 'delete') {
    await deleteBusiness(tx, communeCode, id);
    await recordAudit(tx, source, 'delete', 'business', id, null);
    return id;
  }
  const after = { ...current, ...proposal.changes } as BusinessRecord;
  await updateBusiness(tx, { communeCode, id }, after);
  await recordAudit(tx, source, 'update', 'business', id, changedFields(current, after));
  return id;
}

/** The review queue: village heads' proposals, approved (applied at once) or rejected. */
export const proposals = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const q = c.req.valid('query');
    const account = c.get('account');
    const villageId = account?.role === 'village' ? (account.villageId ?? -1) : q.village;
    const filter = { communeCode: env.COMMUNE_CODE, statuses: q.status, villageId };
    const page = await inTransaction(c, (tx) => pageProposals(tx, filter, pageAsk(q)));
    return c.json({ proposals: page.rows.map(proposalJson), ...pageMembers(page) });
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const row = orNotFound(
      await inTransaction(c, (tx) =>
        getProposal(tx, { communeCode: env.COMMUNE_CODE, id: c.req.valid('param').id }),
      ),
      'Đề xuất',
    );
    return c.json(proposalJson(row));
  })
  .post('/:id/approve', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const row = await inTransaction(c, async (tx) => {
      const proposal = await pendingProposal(tx, source.communeCode, id);
      const businessId = await applyProposal(c, tx, proposal);
      await decideProposal(tx, {
        id,
        status: 'approved',
        decidedBy: source.userId as number,
        reason: null,
        businessId,
      });
      const unplacedId = businessId === null ? null : await settlePlacement(tx, id, { businessId });
      await recordAudit(tx, source, 'approve', 'proposal', id, {
        status: ['pending', 'approved'],
        businessId,
        ...(unplacedId ? { unplacedId } : {}),
      });
      return getProposal(tx, { communeCode: source.communeCode, id });
    });
    return c.json(proposalJson(row as ProposalRow));
  })
  .post('/:id/reject', ...rowAndBody(rejectBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { reason } = body;
    const row = await inTransaction(c, async (tx) => {
      await pendingProposal(tx, source.communeCode, id);
      await decideProposal(tx, {
        id,
        status: 'rejected',
        decidedBy: source.userId as number,
        reason,
      });
      // A rejected placement of an imported premises goes back to the village's list.
      const unplacedId = await settlePlacement(tx, id, 'rejected');
      await recordAudit(tx, source, 'reject', 'proposal', id, {
        status: ['pending', 'rejected'],
        reason,
        ...(unplacedId ? { unplacedId } : {}),
      });
      return getProposal(tx, { communeCode: source.communeCode, id });
    });
    return c.json(proposalJson(row as ProposalRow));
  });
