// Personal data whose every appearance in an answer is checked against who asked: the seeded
// owners' names and phones (police, culture and the village head of the business's village),
// the support cases' codes (health only), and a tip reporter planted for the run (police only).
import type postgres from 'postgres';
import type { FuzzRole } from './route-table';

export type Canaries = {
  /** The canaries in `text` that `role` may not see (each named by its kind, never its value). */
  foundIn: (text: string, role: FuzzRole) => string[];
  count: number;
  /** Rows the run planted, to keep out of the id pools and to remove after the run. */
  planted: { tipId: number | null; businessId: number | null };
  remove: () => Promise<void>;
};

type Entry = { value: string; kind: string; allowed: Set<FuzzRole> };

/** What a planted reporter is called: unlike any real name, so its only source is this row. */
const plantedReporter = { name: 'Canary Người-Báo Fuzzqz', phone: '0999 313 717' };
const plantedOwner = { name: 'Canary Chủ-Cơ-Sở Fuzzqz', phone: '0999 626 434' };

export async function loadCanaries(
  sql: postgres.Sql,
  villageOfHead: number | null,
): Promise<Canaries> {
  const entries = new Map<string, Entry>();
  const add = (value: string | null, kind: string, allowed: FuzzRole[]) => {
    if (!value || value.length < 6) return;
    const entry = entries.get(value) ?? { value, kind, allowed: new Set<FuzzRole>() };
    for (const role of allowed) entry.allowed.add(role);
    entries.set(value, entry);
  };
  // Seeded phones: distinctive enough to find. Seeded names are not (an owner may share a
  // name with an officer or a signer), so one planted owner with a name nobody else has stands
  // for them, in the village head's own village.
  const owners = await sql<{ phone: string | null; villageId: number }[]>`
    select phone, village_id::int as "villageId" from businesses`;
  for (const { phone, villageId } of owners) {
    add(phone, 'business phone', [
      'police',
      'culture',
      ...(villageId === villageOfHead ? (['village'] as const) : []),
    ]);
  }
  const [business] =
    villageOfHead === null
      ? []
      : await sql<[{ id: number }]>`
    insert into businesses (commune_code, name, type, address, owner_name, phone, village_id, geom)
    select v.commune_code, 'Nhà nghỉ Canary Fuzz', 'lodging', 'Thôn Canary', ${plantedOwner.name},
           ${plantedOwner.phone}, v.id, ST_PointOnSurface(v.geom)
    from villages v where v.id = ${villageOfHead}
    returning id::int`;
  if (business) {
    add(plantedOwner.name, 'business owner', ['police', 'culture', 'village']);
    add(plantedOwner.phone, 'business phone', ['police', 'culture', 'village']);
  }
  const cases = await sql<{ code: string }[]>`select code from support.cases`;
  for (const { code } of cases) add(code, 'support case code', ['health']);

  // A reporter on a tip that has none: the seed plants none, and tips' reporters are the
  // police's alone (GET /api/tips/:id/reporter, audited).
  const [tip] = await sql<[{ id: number }?]>`
    select t.id::int from tips t where not exists (select 1 from tip_reporters r where r.tip_id = t.id)
    order by t.id limit 1`;
  if (tip) {
    await sql`insert into tip_reporters (tip_id, commune_code, name, phone)
              select id, commune_code, ${plantedReporter.name}, ${plantedReporter.phone}
              from tips where id = ${tip.id}`;
    add(plantedReporter.name, 'tip reporter name', ['police']);
    add(plantedReporter.phone, 'tip reporter phone', ['police']);
  }

  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = new Map<FuzzRole, RegExp | null>();
  const patternFor = (role: FuzzRole) => {
    if (!patterns.has(role)) {
      const hidden = [...entries.values()].filter((e) => !e.allowed.has(role));
      // Longest first, so a name is not reported as the shorter one inside it.
      hidden.sort((a, b) => b.value.length - a.value.length);
      patterns.set(
        role,
        hidden.length === 0 ? null : new RegExp(hidden.map((e) => literal(e.value)).join('|'), 'g'),
      );
    }
    return patterns.get(role) ?? null;
  };
  return {
    count: entries.size,
    planted: { tipId: tip?.id ?? null, businessId: business?.id ?? null },
    foundIn(text, role) {
      const pattern = patternFor(role);
      if (!pattern) return [];
      const kinds = new Set<string>();
      for (const match of text.matchAll(pattern)) kinds.add(entries.get(match[0])?.kind ?? '?');
      return [...kinds];
    },
    async remove() {
      // Deleted when nothing refers to it; else (a round the run planned stops there) only
      // its personal data goes, and the row is marked deleted as the app deletes.
      if (business) {
        await sql`update businesses set owner_name = null, phone = null, deleted_at = now()
                  where id = ${business.id}`;
        await sql`delete from businesses where id = ${business.id}`.catch(() => undefined);
      }
      if (tip)
        await sql`delete from tip_reporters where tip_id = ${tip.id} and name = ${plantedReporter.name}`;
    },
  };
}
