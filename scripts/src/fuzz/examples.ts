// A valid request per route where one can be written: the query a read needs to answer with
// data and the body a write accepts, so mutated copies get past the first check and into the
// deeper code. Routes without one here are still fuzzed, with generic bodies (corpus.ts).
import type { Random } from '@ntm/solver/random';

/** A body as sent: JSON (any value, serialised later) or a multipart form. */
export type ExampleBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string | FormFile> };
type FormFile = { name: string; type: string; bytes: Uint8Array };
export type Example = { query?: Record<string, string>; body?: ExampleBody };

/** What an example may draw from: real ids of the data, today, a counter for unique names. */
export type ExampleContext = {
  random: Random;
  /** A real id of a resource (its pool key, see id-pools.ts), or 999999 when there is none. */
  id: (pool: string) => number;
  /** A running number, so names that must be unique are. */
  serial: number;
};

const point = (random: Random) => ({
  type: 'Point',
  // Inside the demo commune (Nam Thanh Miện, Hải Phòng).
  coordinates: [
    Number((106.21 + random.next() * 0.04).toFixed(6)),
    Number((20.73 + random.next() * 0.04).toFixed(6)),
  ],
});
const day = (random: Random) =>
  `2026-${String(random.intBetween(1, 10)).padStart(2, '0')}-${String(random.intBetween(1, 28)).padStart(2, '0')}`;
const instant = (random: Random) => `${day(random)}T09:30:00+07:00`;
const team = [{ name: 'Nguyễn Fuzz', agency: 'Công an xã' }];
const json = (value: unknown): Example => ({ body: { kind: 'json', value } });

/** The smallest PNG (1×1, grey): an image every upload route takes. */
const tinyPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const registryCsv = new TextEncoder().encode(
  'ten,loai,dia_chi,kinh_do,vi_do\nNhà nghỉ Fuzz,lodging,Thôn Fuzz,106.23,20.75\n',
);

const examples: Record<string, (x: ExampleContext) => Example> = {
  // Wrong passwords only: a real one would end the run's own sessions or change the demo's.
  'POST /api/auth/login': (x) =>
    json({ username: x.random.pick(['congan', 'fuzz-nobody', 'admin']), password: 'not-it-2026' }),
  'POST /api/auth/password': () =>
    json({ currentPassword: 'not-the-password', newPassword: 'fuzz-new-password-2026' }),
  'POST /api/auth/tokens': (x) => json({ name: `fuzz ${x.serial}`, expiresInDays: 1 }),
  'GET /api/commune': () => ({ query: { on: '2026-06-01' } }),
  'GET /api/key-areas': () => ({ query: { kind: 'border' } }),
  'GET /api/businesses': () => ({ query: { bbox: '106.1,20.6,106.4,20.9', type: 'karaoke' } }),
  'POST /api/businesses': (x) =>
    json({
      type: 'Feature',
      geometry: point(x.random),
      properties: {
        name: `Cơ sở fuzz ${x.serial}`,
        type: 'karaoke',
        address: 'Thôn Fuzz',
        owner: 'Chủ Fuzz',
        phone: '0900 000 000',
        openingHours: {
          mon: [['08:00', '22:00']],
          tue: [],
          wed: [],
          thu: [],
          fri: [['20:00', '02:00']],
          sat: [],
          sun: [],
        },
        status: 'active',
      },
    }),
  // A new phone puts the old one (a canary) into the audit diff, which the admin reads.
  'PATCH /api/businesses/:id': (x) =>
    json({
      properties: { address: `Thôn Fuzz ${x.serial}`, phone: '0900 111 222', status: 'active' },
    }),
  'POST /api/businesses/unplaced/:id/place': (x) =>
    json({
      type: 'Feature',
      geometry: point(x.random),
      properties: { name: `Đặt fuzz ${x.serial}`, type: 'lodging', address: 'Thôn Fuzz' },
    }),
  'GET /api/proposals': () => ({ query: { status: 'pending' } }),
  'POST /api/proposals/:id/reject': () => json({ reason: 'Không đúng vị trí (fuzz)' }),
  'GET /api/seasons': () => ({ query: { year: '2026' } }),
  'POST /api/seasons/events': (x) =>
    json({ name: `Lễ hội fuzz ${x.serial}`, from: '2026-05-01', to: '2026-05-03' }),
  'GET /api/risk/businesses': () => ({ query: { on: '2026-06-01' } }),
  'GET /api/risk/grid': () => ({ query: { on: '2026-06-01', cellMeters: '500' } }),
  'GET /api/risk/model': () => ({ query: { before: '2026-06-01' } }),
  'GET /api/hotspots': (x) => ({
    query: { layer: x.random.pick(['tips', 'violations']), from: '2026-01-01', to: '2026-11-01' },
  }),
  'GET /api/tips': () => ({ query: { from: '2026-01-01', to: '2026-11-01', status: 'received' } }),
  'GET /api/tips/summary': () => ({ query: { year: '2026' } }),
  'POST /api/tips': (x) =>
    json({
      receivedAt: instant(x.random),
      channel: 'hotline',
      category: 'nghi-mua-ban-dam',
      description: 'Có người lạ ra vào nhiều lần vào ban đêm (fuzz)',
      location: point(x.random),
      precisionMeters: 50,
      businessId: x.id('businesses'),
      reporter: { name: 'Người báo fuzz', phone: '0911 000 000' },
    }),
  'POST /api/tips/:id/transitions': (x) =>
    json({
      to: x.random.pick(['verified', 'classified', 'unfounded']),
      note: 'Đã xác minh (fuzz)',
    }),
  'POST /api/tips/:id/extension': () => json({ reason: 'Cần thêm thời gian xác minh' }),
  'PUT /api/tips/:id/duplicate-of': (x) => json({ of: x.id('tips') }),
  'POST /api/online-violations': (x) =>
    json({
      foundAt: instant(x.random),
      platform: 'Facebook',
      target: `https://example.invalid/fuzz-${x.serial}`,
      kind: 'advertising',
      description: 'Quảng cáo dịch vụ (fuzz)',
      tipId: x.id('tips'),
    }),
  'PATCH /api/online-violations/:id': () =>
    json({ status: 'requested', note: 'Đã đề nghị gỡ (fuzz)' }),
  'GET /api/inspections': () => ({ query: { from: '2026-01-01', to: '2026-11-01' } }),
  'POST /api/inspections': (x) =>
    json({
      businessId: x.id('businesses'),
      kind: 'surprise',
      team,
      arrivedAt: instant(x.random),
      peoplePresent: ['Chủ cơ sở'],
      result: 'violation',
      violations: ['no-guest-register'],
      measures: ['fine'],
      fineVnd: 2_000_000,
      fineDecisionNumber: `${x.serial}/QĐ-XPHC`,
      findings: 'Không có sổ lưu trú (fuzz)',
      tipIds: [],
      idempotencyKey: `fuzz-${x.serial}-${x.random.int(1e9)}`,
    }),
  'POST /api/inspections/schedule': (x) =>
    json({
      businessId: x.id('businesses'),
      kind: 'scheduled',
      plannedAt: '2026-12-20T20:00:00+07:00',
      team,
      note: 'Theo kế hoạch (fuzz)',
    }),
  'POST /api/inspections/:id/record': (x) =>
    json({ arrivedAt: instant(x.random), result: 'no-violation', findings: 'Bình thường' }),
  'POST /api/inspections/:id/cancel': () => json({ reason: 'Đoàn bận việc khác (fuzz)' }),
  'GET /api/route-plans/stops': () => ({ query: { from: '2026-06-01', to: '2026-06-30' } }),
  'POST /api/route-plans': (x) =>
    json({
      date: '2026-06-01',
      teams: [{ name: 'Tổ fuzz', shift: { from: '19:00', to: '23:00' } }],
      businessIds: [x.id('businesses'), x.id('businesses')].filter((v, i, a) => a.indexOf(v) === i),
      serviceMinutes: 15,
      seed: x.serial,
    }),
  'PUT /api/route-plans/:id/teams': (x) => json({ teams: [{ businessIds: [x.id('businesses')] }] }),
  'GET /api/indicators': () => ({ query: { year: '2026' } }),
  'GET /api/support/summary': () => ({ query: { year: '2026' } }),
  'GET /api/support/villages': () => ({ query: { year: '2026' } }),
  'POST /api/support/cases': (x) =>
    json({
      villageId: x.id('villages'),
      openedOn: day(x.random),
      needs: ['health'],
      eligible: true,
      consentOn: null,
      note: 'Cần hỗ trợ y tế (fuzz)',
    }),
  'PATCH /api/support/cases/:id': () => json({ note: 'Đã liên hệ (fuzz)' }),
  'POST /api/support/cases/:id/referrals': (x) =>
    json({ service: 'legal-aid', referredOn: day(x.random), note: 'Chuyển tư vấn (fuzz)' }),
  'PATCH /api/support/referrals/:id': (x) =>
    json({ outcome: 'connected', outcomeOn: day(x.random), note: null }),
  'GET /api/reports': () => ({ query: { year: '2026' } }),
  'GET /api/reports/periodic': (x) => ({
    query: { period: x.random.pick(['2026-Q1', '2026-03', '2026-H1']), format: 'json' },
  }),
  'POST /api/reports': (x) => json({ period: x.random.pick(['2026-Q3', '2026-09', '2026-H2']) }),
  'PATCH /api/reports/:id': () =>
    json({ number: '12/BC-TYT', narrative: { summary: 'Tóm tắt (fuzz)' } }),
  'POST /api/reports/:id/transitions': (x) => json({ to: x.random.pick(['reviewed', 'draft']) }),
  'GET /api/plan-documents': () => ({ query: { year: '2026' } }),
  'POST /api/plan-documents': (x) =>
    json({
      year: 2026,
      number: `${(x.serial % 9000) + 1}/KH-UBND`,
      issuedOn: day(x.random),
      title: 'Kế hoạch phòng, chống mại dâm (fuzz)',
      signedBy: 'Chủ tịch UBND xã',
    }),
  'POST /api/businesses/:id/reviews': () =>
    json({ reviewedOn: '2026-06-01', outcome: 'confirmed', note: 'Rà soát (fuzz)' }),
  'GET /api/communication-activities': () => ({ query: { year: '2026' } }),
  'POST /api/communication-activities': (x) =>
    json({
      type: 'Feature',
      geometry: point(x.random),
      properties: {
        heldOn: day(x.random),
        title: `Tuyên truyền fuzz ${x.serial}`,
        placeName: 'Nhà văn hóa thôn',
        audience: 'residents',
        reach: 40,
        organiser: 'culture',
      },
    }),
  'PATCH /api/communication-activities/:id': () => json({ properties: { reach: 55 } }),
  'GET /api/officers': () => ({ query: { year: '2026' } }),
  'POST /api/officers': (x) =>
    json({ agencyId: x.id('agencies'), fullName: `Cán bộ Fuzz ${x.serial}`, position: 'Cán bộ' }),
  'PATCH /api/officers/:id': () => json({ position: 'Phó trưởng (fuzz)' }),
  'GET /api/trainings': () => ({ query: { year: '2026' } }),
  'POST /api/trainings': (x) =>
    json({
      course: 'Tập huấn phòng, chống mại dâm (fuzz)',
      heldOn: day(x.random),
      hours: 8,
      provider: 'Sở Y tế',
      officerIds: [x.id('officers')],
    }),
  'GET /api/report-submissions': () => ({ query: { year: '2026' } }),
  'POST /api/report-submissions': (x) =>
    json({ agencyId: x.id('agencies'), period: '2026-Q3', channel: 'electronic', note: 'fuzz' }),
  'POST /api/tips/:id/attachments': () => ({
    body: {
      kind: 'form',
      fields: { files: { name: 'anh.png', type: 'image/png', bytes: tinyPng } },
    },
  }),
  'POST /api/inspections/:id/attachments': () => ({
    body: {
      kind: 'form',
      fields: { files: { name: 'anh.png', type: 'image/png', bytes: tinyPng } },
    },
  }),
  'POST /api/public/tips': (x) =>
    json({
      description: 'Có dấu hiệu mua bán dâm tại nhà nghỉ gần chợ (fuzz)',
      category: 'co-so-tra-hinh',
      location: point(x.random),
      anonymous: x.random.chance(0.5),
      contact: { name: 'Người dân fuzz', phone: '0922 000 000' },
    }),
  'POST /api/public/tips/:code/additions': () => json({ text: 'Thêm thông tin (fuzz)' }),
  'GET /api/imports/:id/rows': () => ({ query: { verdict: 'new', offset: '0', limit: '50' } }),
  'POST /api/imports': () => ({
    body: {
      kind: 'form',
      fields: {
        kind: 'registry',
        file: { name: 'so-bo.csv', type: 'text/csv', bytes: registryCsv },
      },
    },
  }),
  'PATCH /api/imports/:id': () => json({ crs: 4326 }),
  'POST /api/users': (x) =>
    json({
      username: `fuzz-${x.serial}-${x.random.int(1e6)}`,
      displayName: 'Tài khoản fuzz',
      role: x.random.pick(['leadership', 'culture', 'health']),
    }),
  'PATCH /api/users/:id': () => json({ displayName: 'Tài khoản fuzz (sửa)', active: true }),
  'GET /api/audit': () => ({ query: { limit: '200' } }),
};

/** The valid request of a route (`METHOD /path`), or an empty one when there is none. */
export function exampleFor(key: string, context: ExampleContext): Example {
  return examples[key]?.(context) ?? {};
}

/** Whether a route has a written example (for the coverage line of the summary). */
export const hasExample = (key: string) => key in examples;
