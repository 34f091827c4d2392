import {
  firstReferralOn,
  getSupportReferral,
  insertSupportCase,
  insertSupportReferral,
  listSupportCases,
  listSupportReferrals,
  lockSupportCase,
  pageSupportCases,
  type SupportCaseChange,
  setReferralOutcome,
  supportCaseStatuses,
  supportCounts,
  updateSupportCase,
  villageInCommune,
  villageShapes,
} from '@ntm/db/queries/support';
import { supportServices } from '@ntm/db/schema/values';
import { addDays, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { newCaseCode } from '@ntm/domain/support/case-code';
import { type Context, Hono } from 'hono';
import type postgres from 'postgres';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { modelDay } from '../lib/day-params';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { idParam, idPath, listParam } from '../schemas/geojson';
import { checkCaseDates, checkDay, checkNote } from '../support/case-checks';
import { buildSupportSummary } from '../support/support-summary';
import { inSupportWall } from '../support/support-wall';

const jsonId = z.number().int().positive().max(2_147_483_647);
const needs = z
  .array(z.enum(supportServices))
  .min(1)
  .max(supportServices.length)
  .refine((list) => new Set(list).size === list.length, 'mỗi nhu cầu một lần');
const note = z.string().trim().max(1000).nullable().optional();

// Strict: a name, phone, ID number or address sent along is refused (400), not dropped.
const createBody = z.strictObject({
  villageId: jsonId.nullable().optional(),
  openedOn: modelDay,
  needs,
  eligible: z.boolean(),
  consentOn: modelDay.nullable().optional(),
  counselledOn: modelDay.nullable().optional(),
  note,
});
const updateBody = z
  .strictObject({
    villageId: jsonId.nullable(),
    openedOn: modelDay,
    needs,
    eligible: z.boolean(),
    consentOn: modelDay.nullable(),
    counselledOn: modelDay.nullable(),
    closedOn: modelDay.nullable(),
    note,
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'cần ít nhất một trường');
const referralBody = z.strictObject({
  service: z.enum(supportServices),
  referredOn: modelDay,
  note,
});
const outcomeBody = z.strictObject({
  outcome: z.enum(['connected', 'declined', 'not-eligible']),
  outcomeOn: modelDay,
  note,
});
const listQuery = z.object({
  status: listParam(supportCaseStatuses).optional(),
  village: idParam.optional(),
  /** Pages newest first (opened, then id). */
  ...pageParams(['date', 'int']),
});
const yearQuery = z.object({ year: z.coerce.number().int().min(2020).max(2035).optional() });

/**
 * Field names only, the audit log never holding a note, a code or anything else of the
 * person. One text ("needs, note"), not an array: the audit page reads a pair as before/after.
 */
const fieldsOf = (body: object) =>
  Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort()
    .join(', ');

async function caseOrNotFound(tx: postgres.TransactionSql, communeCode: string, id: number) {
  return orNotFound(await lockSupportCase(tx, communeCode, id), 'Hồ sơ hỗ trợ');
}

async function checkVillage(tx: postgres.TransactionSql, communeCode: string, id: number) {
  if (!(await villageInCommune(tx, communeCode, id))) {
    throw new ApiError(422, 'unknown-village', 'Thôn không thuộc xã', { field: 'villageId' });
  }
}

async function caseWithReferrals(tx: postgres.TransactionSql, communeCode: string, id: number) {
  const [found] = await listSupportCases(tx, { communeCode, id });
  if (!found) throw notFound('Hồ sơ hỗ trợ');
  return { ...found, referrals: await listSupportReferrals(tx, id) };
}

/** The year so far: [1 January, today] for this year, the whole year for a past one. */
function periodOf(c: Context<AppEnv>, year: number | undefined) {
  const today = vietnamToday(c.get('deps').now());
  const y = year ?? Number(today.slice(0, 4));
  const yearEnd = `${y}-12-31`;
  const until = yearEnd < today ? yearEnd : today;
  return { year: y, from: `${y}-01-01`, until };
}

/** The counts of a period, as ntm_app through ntm_support_counts (no role switch). */
async function summaryOf(c: Context<AppEnv>, year: number | undefined) {
  const { env } = c.get('deps');
  const period = periodOf(c, year);
  const exact = c.get('account')?.role === 'health';
  const { rows, villages } = await inTransaction(c, async (tx) => ({
    // A year not yet begun has nothing in it (and [from, until] would run backwards).
    rows:
      period.until < period.from
        ? []
        : await supportCounts(
            tx,
            env.COMMUNE_CODE,
            period.from,
            addDays(period.until, 1),
            period.until,
          ),
    // The villages as the map had them on the period's last day (2024: before the merger).
    villages: await villageShapes(tx, env.COMMUNE_CODE, period.until),
  }));
  return { summary: buildSupportSummary(rows, villages, period, exact), villages };
}

/**
 * Hỗ trợ, can thiệp giảm hại: case rows for the health station only, behind the wall
 * (support/support-wall.ts), every read and write audited; outside it only suppressed counts.
 */
export const support = new Hono<AppEnv>()
  .get('/summary', validate('query', yearQuery), async (c) => {
    const { summary } = await summaryOf(c, c.req.valid('query').year);
    return c.json(summary);
  })
  .get('/villages', validate('query', yearQuery), async (c) => {
    const { summary, villages } = await summaryOf(c, c.req.valid('query').year);
    const cases = new Map(summary.byVillage.cells.map((cell) => [cell.key.id, cell.count]));
    return c.json(
      {
        type: 'FeatureCollection' as const,
        year: summary.year,
        from: summary.from,
        until: summary.until,
        suppressed: summary.suppressed,
        total: summary.byVillage.total,
        features: villages.map((v) => ({
          type: 'Feature' as const,
          id: v.id,
          geometry: v.geometry,
          properties: { id: v.id, name: v.name, cases: cases.get(v.id) ?? 0 },
        })),
      },
      200,
      { 'Content-Type': 'application/geo+json; charset=utf-8' },
    );
  })
  .get('/cases', validate('query', listQuery), async (c) => {
    const source = auditSource(c);
    const q = c.req.valid('query');
    const page = await inSupportWall(c, async (tx) => {
      const found = await pageSupportCases(
        tx,
        { communeCode: source.communeCode, statuses: q.status, villageId: q.village },
        pageAsk(q),
      );
      await recordAudit(tx, source, 'read-sensitive', 'support-case', null, {
        rows: found.rows.length,
        filters: fieldsOf(q),
      });
      return found;
    });
    return c.json({ cases: page.rows, ...pageMembers(page) });
  })
  .post('/cases', validate('json', createBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const today = vietnamToday(c.get('deps').now());
    checkCaseDates(
      {
        openedOn: body.openedOn,
        consentOn: body.consentOn ?? null,
        counselledOn: body.counselledOn ?? null,
        closedOn: null,
      },
      today,
    );
    checkNote(body.note);
    const created = await inSupportWall(c, async (tx) => {
      if (body.villageId) await checkVillage(tx, source.communeCode, body.villageId);
      let id: number | null = null;
      // A taken code (about one in a billion) is drawn again, not an error.
      for (let attempt = 0; id === null && attempt < 5; attempt += 1) {
        id = await insertSupportCase(tx, {
          communeCode: source.communeCode,
          code: newCaseCode(),
          villageId: body.villageId ?? null,
          openedOn: body.openedOn,
          needs: body.needs,
          eligible: body.eligible,
          consentOn: body.consentOn ?? null,
          counselledOn: body.counselledOn ?? null,
          note: body.note || null,
          createdBy: source.userId,
        });
      }
      if (id === null) throw new Error('five pseudonymous codes in a row were taken');
      await recordAudit(tx, source, 'create', 'support-case', id, { fields: fieldsOf(body) });
      return caseWithReferrals(tx, source.communeCode, id);
    });
    c.header('Location', `/api/support/cases/${created.id}`);
    return c.json(created, 201);
  })
  .get('/cases/:id', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const found = await inSupportWall(c, async (tx) => {
      const one = await caseWithReferrals(tx, source.communeCode, id);
      await recordAudit(tx, source, 'read-sensitive', 'support-case', id, null);
      return one;
    });
    return c.json(found);
  })
  .patch('/cases/:id', ...rowAndBody(updateBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const today = vietnamToday(c.get('deps').now());
    checkNote(body.note);
    const updated = await inSupportWall(c, async (tx) => {
      const before = await caseOrNotFound(tx, source.communeCode, id);
      checkCaseDates(
        {
          openedOn: body.openedOn ?? before.openedOn,
          consentOn: body.consentOn !== undefined ? body.consentOn : before.consentOn,
          counselledOn: body.counselledOn !== undefined ? body.counselledOn : before.counselledOn,
          closedOn: body.closedOn !== undefined ? body.closedOn : before.closedOn,
        },
        today,
      );
      if (body.villageId) await checkVillage(tx, source.communeCode, body.villageId);
      const firstReferral = body.openedOn ? await firstReferralOn(tx, id) : null;
      if (body.openedOn && firstReferral !== null && firstReferral < body.openedOn) {
        throw new ApiError(
          422,
          'before-referral',
          'Ngày mở hồ sơ không thể sau ngày chuyển gửi đã ghi',
          { field: 'openedOn' },
        );
      }
      const change: SupportCaseChange = { ...body };
      if (change.note === '') change.note = null;
      await updateSupportCase(tx, id, change);
      await recordAudit(tx, source, 'update', 'support-case', id, { fields: fieldsOf(body) });
      return caseWithReferrals(tx, source.communeCode, id);
    });
    return c.json(updated);
  })
  .post('/cases/:id/referrals', ...rowAndBody(referralBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const today = vietnamToday(c.get('deps').now());
    checkNote(body.note);
    const { referralId, found } = await inSupportWall(c, async (tx) => {
      const owner = await caseOrNotFound(tx, source.communeCode, id);
      checkDay(body.referredOn, today, 'referredOn', 'Ngày chuyển gửi', {
        day: owner.openedOn,
        what: 'ngày mở hồ sơ',
      });
      const newId = await insertSupportReferral(tx, {
        communeCode: source.communeCode,
        caseId: id,
        service: body.service,
        referredOn: body.referredOn,
        note: body.note || null,
        createdBy: source.userId,
      });
      await recordAudit(tx, source, 'create', 'support-case', id, {
        referral: newId,
        fields: fieldsOf(body),
      });
      return { referralId: newId, found: await caseWithReferrals(tx, source.communeCode, id) };
    });
    c.header('Location', `/api/support/referrals/${referralId}`);
    return c.json(found, 201);
  })
  .patch('/referrals/:id', ...rowAndBody(outcomeBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const today = vietnamToday(c.get('deps').now());
    checkNote(body.note);
    const found = await inSupportWall(c, async (tx) => {
      const referral = orNotFound(
        await getSupportReferral(tx, { communeCode: source.communeCode, id }),
        'Lượt chuyển gửi',
      );
      if (referral.outcome !== 'pending') {
        throw new ApiError(409, 'outcome-recorded', 'Lượt chuyển gửi này đã có kết quả', {
          from: referral.outcome,
        });
      }
      checkDay(body.outcomeOn, today, 'outcomeOn', 'Ngày có kết quả', {
        day: referral.referredOn,
        what: 'ngày chuyển gửi',
      });
      await setReferralOutcome(tx, id, {
        outcome: body.outcome,
        outcomeOn: body.outcomeOn,
        ...(body.note !== undefined ? { note: body.note || null } : {}),
      });
      await recordAudit(tx, source, 'update', 'support-case', referral.caseId, {
        referral: id,
        outcome: ['pending', body.outcome],
        fields: fieldsOf(body),
      });
      return caseWithReferrals(tx, source.communeCode, referral.caseId);
    });
    return c.json(found);
  });
