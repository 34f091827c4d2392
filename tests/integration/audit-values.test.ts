// Issue #16: the audit trail shows the field names of every change to whoever may read it, and
// a value only to a role that may read that field elsewhere, through the entity's own GET
// route. Canary values are written through the API by the roles that write them; then, for
// every role, each canary its audit view shows must be one that role reads elsewhere.
import { accessRules, type Role } from '@ntm/api/auth/access-rules';
import { auditFieldRules, routeReaders } from '@ntm/api/auth/audit-field-rules';
import { redactAuditDiff } from '@ntm/api/auth/redact-audit-diff';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import { userRoles } from '@ntm/db/schema/values';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp } from '../helpers/test-app';
import { fileOf, jpegBytes } from '../helpers/upload-files';

const { police, culture, health, admin } = staffApps();
const { sql } = police;

/** Values only this test writes; each must stay where its field's readers are. */
const canary = {
  name: 'Quán canary-ten',
  owner: 'canary-chu-mot',
  newOwner: 'canary-chu-hai',
  phone: '0911 000 111',
  newPhone: '0911 000 222',
  licence: 'canary-gp-1',
  proposedOwner: 'canary-chu-de-xuat',
  proposedPhone: '0911 000 333',
  rejection: 'canary-ly-do-tu-choi',
  reporterName: 'canary-nguoi-bao',
  reporterPhone: '0911 000 444',
  authority: 'canary-co-quan-nhan',
  document: 'canary-van-ban',
  extension: 'canary-gia-han',
  cancellation: 'canary-huy-kiem-tra',
  officer: 'canary-can-bo',
  course: 'canary-khoa-hoc',
  talk: 'canary-truyen-thong',
  event: 'canary-su-kien',
  account: 'canary-nguoi-dung',
  team: 'canary-to-tuan-tra',
  photo: 'canary-anh-hien-truong.jpg',
  token: 'canary-token-qgis',
  planNumber: '987/KH-CANARY',
};

const ids: Record<string, number> = {};
let startedAt = '';
let beforePatch = '';
const accounts: Record<Role, ReturnType<typeof testApp>> = {
  leadership: testApp({ as: 'lanhdao' }),
  police,
  health,
  culture,
  village: police, // replaced by the head of the canary business's village
  admin,
};

const created = async (response: Response, status = 201) => {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as { id: number };
};
/** A change the API made (200). */
const accepted = async (response: Response) => {
  expect(response.status, await response.clone().text()).toBe(200);
};

beforeAll(async () => {
  startedAt = new Date().toISOString();
  const [village] = await sql<[{ id: number; slug: string; lng: number; lat: number }]>`
    select id, slug, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, slug, ST_PointOnSurface(geom) as p from villages
          where geom is not null order by id limit 1 offset 1) v`;
  const head = testApp({ as: `thon-${village.slug}` });
  accounts.village = head;
  const here = { type: 'Point', coordinates: [village.lng, village.lat] };

  /** A premises in the canary village, with an owner and a phone. */
  const premises = (name: string, type: string, owner: string, phone: string, more = {}) => ({
    type: 'Feature',
    geometry: here,
    properties: { name, type, address: 'Xóm Canary', owner, phone, ...more },
  });

  // A business: created with an owner and phone, then both changed.
  const business = premises(canary.name, 'karaoke', canary.owner, canary.phone, {
    licenceNumber: canary.licence,
  });
  ids.businesses = (await created(await police.sendJson('POST', '/api/businesses', business))).id;
  beforePatch = new Date().toISOString();
  await accepted(
    await police.sendJson('PATCH', `/api/businesses/${ids.businesses}`, {
      properties: { owner: canary.newOwner, phone: canary.newPhone },
    }),
  );

  // A village head's proposal with an owner and phone, rejected with a reason.
  const proposed = premises(
    'Quán đề xuất canary',
    'massage',
    canary.proposedOwner,
    canary.proposedPhone,
  );
  ids.proposals = (await created(await head.sendJson('POST', '/api/businesses', proposed), 202)).id;
  await accepted(
    await culture.sendJson('POST', `/api/proposals/${ids.proposals}/reject`, {
      reason: canary.rejection,
    }),
  );

  // A tip with a named reporter, extended and transferred to another authority.
  ids.tips = (
    await created(
      await police.sendJson('POST', '/api/tips', {
        channel: 'hotline',
        category: 'khac',
        description: 'Tin báo thử nghiệm của nhật ký',
        businessId: ids.businesses,
        reporter: { name: canary.reporterName, phone: canary.reporterPhone },
      }),
    )
  ).id;
  await accepted(
    await police.sendJson('POST', `/api/tips/${ids.tips}/extension`, {
      reason: canary.extension,
    }),
  );
  for (const to of ['verified', 'classified', 'transferred']) {
    const step = await police.sendJson('POST', `/api/tips/${ids.tips}/transitions`, {
      to,
      note: 'Bước thử',
      ...(to === 'transferred'
        ? { transferredTo: canary.authority, documentNumber: canary.document }
        : {}),
    });
    expect(step.status, to).toBe(200);
  }

  // A photo of the tip, a round of inspections, a token for QGIS.
  const form = new FormData();
  form.append('files', fileOf(jpegBytes(2048, 7), canary.photo, 'image/jpeg'));
  const photo = await police.request(`/api/tips/${ids.tips}/attachments`, {
    method: 'POST',
    body: form,
  });
  expect(photo.status, await photo.clone().text()).toBe(201);
  ids['route-plans'] = (
    await created(
      await police.sendJson('POST', '/api/route-plans', {
        date: '2026-12-04',
        teams: [{ name: canary.team, shift: { from: '19:00', to: '23:00' } }],
        selection: { maxStops: 5, randomShare: 0 },
        seed: 3,
      }),
    )
  ).id;
  await created(
    await police.sendJson('POST', '/api/auth/tokens', { name: canary.token, expiresInDays: 30 }),
  );

  // An inspection planned, then called off with a reason.
  ids.inspections = (
    await created(
      await police.sendJson('POST', '/api/inspections/schedule', {
        businessId: ids.businesses,
        kind: 'scheduled',
        plannedAt: '2026-12-20T20:00:00+07:00',
        team: [{ name: 'Tổ canary', agency: 'Công an xã' }],
      }),
    )
  ).id;
  await accepted(
    await police.sendJson('POST', `/api/inspections/${ids.inspections}/cancel`, {
      reason: canary.cancellation,
    }),
  );

  // The plan's records: the plan, an officer and a course (health), a talk (culture).
  await created(
    await health.sendJson('POST', '/api/plan-documents', {
      year: 2027,
      number: canary.planNumber,
      issuedOn: '2026-11-20',
      title: 'Kế hoạch thử của nhật ký',
    }),
  );
  const { agencies } = (await (await health.request('/api/agencies')).json()) as {
    agencies: { id: number }[];
  };
  const officer = await created(
    await health.sendJson('POST', '/api/officers', {
      agencyId: agencies[0]?.id,
      fullName: canary.officer,
      position: 'Y sĩ',
    }),
  );
  expect(
    (
      await health.sendJson('POST', '/api/trainings', {
        course: canary.course,
        heldOn: '2026-11-02',
        officerIds: [officer.id],
      })
    ).status,
  ).toBe(201);
  await created(
    await culture.sendJson('POST', '/api/communication-activities', {
      type: 'Feature',
      geometry: here,
      properties: {
        heldOn: '2026-11-03',
        title: canary.talk,
        placeName: 'Nhà văn hoá',
        audience: 'residents',
        reach: 40,
        organiser: 'culture',
      },
    }),
  );

  // What the admin keeps: an event and an account.
  await created(
    await admin.sendJson('POST', '/api/seasons/events', {
      name: canary.event,
      from: '2026-12-24',
      to: '2026-12-25',
    }),
  );
  await admin.sendJson('POST', '/api/users', {
    username: `canary-${Date.now().toString(36)}`,
    displayName: canary.account,
    role: 'culture',
  });
});

/** Every answer of the GET routes `role` may call, with the canary rows' ids. */
async function readableElsewhere(role: Role): Promise<string> {
  const app = accounts[role];
  const query: Record<string, string> = {
    '/api/officers': '?year=2026',
    '/api/trainings': '?year=2026',
    '/api/communication-activities': '?year=2026',
    '/api/seasons': '?year=2026',
    '/api/plan-documents': '?year=2027',
  };
  // Aggregates and files hold no record's values; the audit trail itself is what is checked.
  const skipped = /^\/api\/(audit|risk|hotspots|indicators|reports|exports|tiles|roads)\b|\.gpx/;
  const paths = Object.keys(accessRules)
    .filter((route) => route.startsWith('GET /api/'))
    .map((route) => route.slice(4))
    .filter((path) => !skipped.test(path))
    .map((path) => {
      const id = ids[path.split('/')[2] ?? ''] ?? 1;
      return path.replace(/:id/g, String(id)).replace(':code', 'ABCD2345') + (query[path] ?? '');
    });
  // The registry as it stood before the change: its old owner and phone.
  paths.push(`/api/businesses?asOf=${encodeURIComponent(beforePatch)}`);
  const answers: string[] = [];
  for (const path of paths) {
    const response = await app.request(path);
    answers.push(await response.text());
  }
  return answers.join('\n');
}

/** The canaries `shown` holds that `elsewhere` does not: values the role reads nowhere else. */
const leaks = (shown: string, elsewhere: string) =>
  Object.entries(canary)
    .filter(([, value]) => shown.includes(value) && !elsewhere.includes(value))
    .map(([name]) => name);

type AuditPage = { entries: { entity: string; diff: unknown }[]; next: number | null };

/** The trail since the test began, as the API answers it to `app`. */
async function trailAsServed(app: ReturnType<typeof testApp>) {
  const entries: AuditPage['entries'] = [];
  let before = '';
  for (;;) {
    const response = await app.request(
      `/api/audit?from=${encodeURIComponent(startedAt)}&limit=500${before}`,
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as AuditPage;
    entries.push(...page.entries);
    if (page.next === null) return entries;
    before = `&before=${page.next}`;
  }
}

const storedTrail = () =>
  sql<{ entity: string; diff: unknown }[]>`
    select entity, diff from audit_log where at >= ${startedAt} order by id`;

describe('the audit trail shows values only to roles that may read those fields', () => {
  it('the canaries are in the stored trail, where only the reading hides them', async () => {
    const stored = JSON.stringify(await storedTrail());
    for (const value of [
      canary.owner,
      canary.newPhone,
      canary.proposedPhone,
      canary.rejection,
      canary.authority,
      canary.extension,
      canary.cancellation,
      canary.officer,
      canary.course,
      canary.team,
      canary.photo,
      canary.token,
      canary.planNumber,
    ]) {
      expect(stored).toContain(value);
    }
    // The reporter is never written to the trail at all.
    expect(stored).not.toContain(canary.reporterName);
    expect(stored).not.toContain(canary.reporterPhone);
  });

  it('every role that reads the trail sees no canary it cannot read elsewhere', async () => {
    const readers = routeReaders('GET /api/audit');
    expect(readers.length).toBeGreaterThan(0);
    for (const role of readers) {
      const served = JSON.stringify(await trailAsServed(accounts[role]));
      const elsewhere = await readableElsewhere(role);
      expect(leaks(served, elsewhere), role).toEqual([]);
      // Names stay, values go: the admin sees that a phone changed, not to what.
      expect(served).toContain('"phone":[{"hidden":true},{"hidden":true}]');
      expect(served).not.toContain(canary.phone);
      expect(served).not.toContain(canary.proposedOwner);
    }
  });

  it("the admin still reads what the admin reads elsewhere: events, accounts, the commune's talks", async () => {
    const served = JSON.stringify(await trailAsServed(admin));
    expect(served).toContain(canary.event);
    expect(served).toContain(canary.account);
    expect(served).toContain(canary.talk);
  });

  it('would show no role a canary that role cannot read elsewhere, were it given the trail', async () => {
    const stored = await storedTrail();
    for (const role of userRoles) {
      const shown = JSON.stringify(stored.map((e) => redactAuditDiff(e.entity, e.diff, role)));
      const elsewhere = await readableElsewhere(role);
      expect(leaks(shown, elsewhere), role).toEqual([]);
    }
    // The rules let through what the GET routes show: police the owner, culture the talk.
    const asPolice = JSON.stringify(stored.map((e) => redactAuditDiff(e.entity, e.diff, 'police')));
    expect(asPolice).toContain(canary.newOwner);
    expect(asPolice).toContain(canary.document);
    expect(asPolice).toContain(canary.team);
    expect(asPolice).toContain(canary.photo);
    expect(asPolice).toContain(canary.planNumber);
  });

  it('knows every entity the trail holds, so none falls to the hide-everything default', async () => {
    const entities = await sql<{ entity: string }[]>`select distinct entity from audit_log`;
    for (const { entity } of entities) expect(auditFieldRules, entity).toHaveProperty([entity]);
  });

  it('keeps the chain intact: reading hides, the stored rows stay as written', async () => {
    const before = await sql`select id, diff, hash from audit_log order by id`;
    await trailAsServed(admin);
    expect(await sql`select id, diff, hash from audit_log order by id`).toEqual(before);
    expect(await verifyAuditChain(sql)).toMatchObject({ ok: true });
    await expectErrorShape(await police.request('/api/audit'), 403);
  });
});
