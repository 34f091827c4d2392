import { getBusinessGeoJson, insertBusiness } from '@ntm/db/queries/businesses';
import { getProposal, insertProposal } from '@ntm/db/queries/proposals';
import { getUnplaced, markPlaced, pageUnplaced } from '@ntm/db/queries/unplaced-businesses';
import { Hono } from 'hono';
import { z } from 'zod';
import { rolesSeeingOwners } from '../auth/access-rules';
import { inTransaction } from '../lib/actor';
import { orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { recordAudit } from '../lib/audit-context';
import { geojson } from '../lib/geojson-response';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { businessRecordOf } from '../proposals/business-record';
import { assertInCommune, assertOwnVillage, notOwnVillage } from '../proposals/places';
import { proposalJson } from '../proposals/proposal-json';
import { createBusinessBody } from '../schemas/business';
import { idParam } from '../schemas/geojson';

const listQuery = z.object({
  village: idParam.optional(),
  /** Pages oldest first (as imported, then id). */
  ...pageParams(['instant', 'int']),
});

/**
 * Premises an import kept without a position, "cần đặt lên bản đồ": a village head lists and
 * places their own village's (placing files the usual create proposal), police and culture
 * all of them (placing creates the business). A placed one leaves the list.
 */
export const unplacedBusinesses = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const account = c.get('account');
    const ownVillage = account?.role === 'village' ? account.villageId : null;
    const q = c.req.valid('query');
    const { village } = q;
    if (ownVillage !== null && village !== undefined && village !== ownVillage)
      throw notOwnVillage();
    const withOwner = rolesSeeingOwners.includes(account?.role as never);
    const page = await inTransaction(c, (tx) =>
      pageUnplaced(
        tx,
        env.COMMUNE_CODE,
        { villageId: ownVillage ?? village, withOwner },
        pageAsk(q),
      ),
    );
    return c.json({ businesses: page.rows, ...pageMembers(page) });
  })
  .post('/:id/place', ...rowAndBody(createBusinessBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const account = c.get('account');
    const ownVillage = account?.role === 'village' ? account.villageId : null;
    const result = await inTransaction(c, async (tx) => {
      const unplaced = orNotFound(
        await getUnplaced(tx, { communeCode: source.communeCode, id }),
        'Cơ sở cần đặt lên bản đồ',
      );
      // What the form leaves out keeps what the import recorded (a form may not show every
      // field the registry had: licence, trade, owner, phone).
      const record = businessRecordOf(body, unplaced);

      await assertInCommune(tx, source.communeCode, record.lngLat);
      if (ownVillage !== null) {
        await assertOwnVillage(tx, source.communeCode, ownVillage, record.lngLat);
        const proposalId = await insertProposal(tx, {
          communeCode: source.communeCode,
          action: 'create',
          businessId: null,
          villageId: ownVillage,
          proposedBy: account?.id as number,
          before: null,
          changes: record,
        });
        await markPlaced(tx, id, { userId: account?.id as number, businessId: null, proposalId });
        await recordAudit(tx, source, 'propose', 'proposal', proposalId, {
          action: 'create',
          businessId: null,
          changes: record,
          unplacedId: id,
        });
        return {
          proposal: await getProposal(tx, { communeCode: source.communeCode, id: proposalId }),
        };
      }
      const businessId = await insertBusiness(tx, source.communeCode, record);
      await markPlaced(tx, id, { userId: account?.id as number, businessId, proposalId: null });
      await recordAudit(tx, source, 'create', 'business', businessId, {
        after: record,
        unplacedId: id,
      });
      return {
        business: orNotFound(
          await getBusinessGeoJson(tx, { communeCode: source.communeCode, id: businessId }, true),
          'Cơ sở kinh doanh',
        ),
      };
    });
    if (result.business !== undefined) return geojson(c, result.business, 201);
    const proposal = proposalJson(result.proposal as NonNullable<typeof result.proposal>);
    c.header('Location', `/api/proposals/${proposal.id}`);
    return c.json(proposal, 202);
  });
