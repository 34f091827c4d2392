import {
  agencyExists,
  getOfficerRecord,
  insertOfficer,
  listAgencies,
  listOfficers,
  type OfficerRecord,
  updateOfficer,
} from '@ntm/db/queries/officers';
import { Hono } from 'hono';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { listOfYearRoute, yearOr } from '../lib/plan-year';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { createOfficerBody, updateOfficerBody } from '../schemas/plan-records';

const unknownAgency = () =>
  new ApiError(422, 'unknown-agency', 'Không tìm thấy cơ quan, đơn vị này');

/** The agencies of the plan (§IV), for officers and for report submissions. */
export const agencies = new Hono<AppEnv>().get('/', async (c) => {
  const { env } = c.get('deps');
  const rows = await inTransaction(c, (tx) => listAgencies(tx, env.COMMUNE_CODE));
  return c.json({ agencies: rows });
});

/** Cán bộ (indicator e): who works on the plan, and whether each was trained in the year. */
export const officers = listOfYearRoute('officers', listOfficers)
  .post('/', validate('json', createOfficerBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const year = yearOr(undefined, c.get('deps').now());
    const record: OfficerRecord = { ...body, active: body.active ?? true };
    const row = await inTransaction(c, async (tx) => {
      if (!(await agencyExists(tx, source.communeCode, record.agencyId))) throw unknownAgency();
      const id = await insertOfficer(tx, source.communeCode, record);
      await recordAudit(tx, source, 'create', 'officer', id, { after: record });
      const [created] = await listOfficers(tx, { communeCode: source.communeCode, year, id });
      return created;
    });
    return c.json(row, 201);
  })
  .patch('/:id', ...rowAndBody(updateOfficerBody), async (c) => {
    const { source, id, body: patch } = rowWrite(c);
    const year = yearOr(undefined, c.get('deps').now());
    const row = await inTransaction(c, async (tx) => {
      const before = orNotFound(
        await getOfficerRecord(tx, { communeCode: source.communeCode, id }),
        'Cán bộ',
      );
      const after: OfficerRecord = { ...before, ...patch };
      if (
        after.agencyId !== before.agencyId &&
        !(await agencyExists(tx, source.communeCode, after.agencyId))
      ) {
        throw unknownAgency();
      }
      await updateOfficer(tx, { communeCode: source.communeCode, id }, after);
      await recordAudit(tx, source, 'update', 'officer', id, changedFields(before, after));
      const [updated] = await listOfficers(tx, { communeCode: source.communeCode, year, id });
      return updated;
    });
    return c.json(row);
  });
