import { describe, expect, it } from 'vitest';
import { importForm, tableCounts, xlsxOf } from '../helpers/import-files';
import { expectErrorShape, testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });
const { sql } = police;
const header = [
  'Tên cơ sở',
  'Loại hình',
  'Địa chỉ',
  'Chủ cơ sở',
  'Số điện thoại',
  'Kinh độ',
  'Vĩ độ',
];

const point = async () => {
  const [p] = await sql<[{ lng: number; lat: number }]>`
    select ST_X(p) as lng, ST_Y(p) as lat
    from (select ST_PointOnSurface(geom) p from villages where geom is not null order by id limit 1) v`;
  return p;
};
const registryFile = async () => {
  const p = await point();
  return xlsxOf(header, [
    ['Nhà nghỉ Riêng Tư', 'Nhà nghỉ', 'Thôn kín', 'Bà Chủ Kín', '0911222333', p.lng, p.lat],
  ]);
};
const post = (app: ReturnType<typeof testApp>, form: FormData) =>
  app.request('/api/imports', { method: 'POST', body: form });

/** Posts a registry import and expects it refused with `status`, no table changed; the error. */
async function refusedRegistry(
  app: ReturnType<typeof testApp>,
  bytes: Uint8Array,
  fileName: string,
  status: number,
) {
  const before = await tableCounts(sql);
  const error = await expectErrorShape(
    await post(app, importForm(bytes, fileName, { kind: 'registry' })),
    status,
  );
  expect(await tableCounts(sql)).toEqual(before);
  return error;
}

describe('who may import what', () => {
  it('a village head, leadership and health cannot import (403); the admin not the registry', async () => {
    const bytes = await registryFile();
    for (const as of ['thon-phu-tai', 'lanhdao', 'tramyte', 'admin']) {
      const app = testApp({ as });
      await app.request('/api/auth/me'); // signs in first: the login's own audit entry
      const error = await refusedRegistry(app, bytes, 'a.xlsx', 403);
      expect(error.code).toBe('forbidden');
    }
  });

  it('police and culture cannot import village boundaries', async () => {
    const bytes = await registryFile();
    const culture = testApp({ as: 'vanhoa' });
    await expectErrorShape(
      await post(
        culture,
        importForm(bytes, 'a.xlsx', { kind: 'villages', validFrom: '2026-01-01' }),
      ),
      403,
    );
  });

  it("keeps a registry import's rows (owners, phones) from every role but police and culture", async () => {
    const created = await post(
      police,
      importForm(await registryFile(), 'rieng-tu.xlsx', { kind: 'registry' }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const culture = testApp({ as: 'vanhoa' });
    expect((await culture.request(`/api/imports/${id}`)).status).toBe(200);
    expect((await culture.request(`/api/imports/${id}/rows`)).status).toBe(200);
    const admin = testApp({ as: 'admin' });
    await expectErrorShape(await admin.request(`/api/imports/${id}`), 404);
    await expectErrorShape(await admin.request(`/api/imports/${id}/refused.xlsx`), 404);
    const list = (await (await admin.request('/api/imports')).json()) as {
      imports: Array<{ id: number }>;
    };
    expect(list.imports.some((i) => i.id === id)).toBe(false);

    // The second wall: the app's own database role, as each role, reads no row of it.
    for (const role of ['leadership', 'health', 'village', 'admin', '']) {
      const counts = await sql.begin(async (tx) => {
        await tx`set local role ntm_app`;
        await tx`select set_config('ntm.role', ${role}, true), set_config('ntm.village_id', '1', true)`;
        const [row] = await tx<[{ imports: number; rows: number }]>`
          select (select count(*)::int from imports where id = ${id}) as imports,
                 (select count(*)::int from import_rows where import_id = ${id}) as rows`;
        return row;
      });
      expect({ role, ...counts }).toEqual({ role, imports: 0, rows: 0 });
    }
  });
});

describe('bad requests change nothing', () => {
  it('an unknown import is 404 for every action', async () => {
    for (const [method, path] of [
      ['GET', '/api/imports/987654'],
      ['GET', '/api/imports/987654/rows'],
      ['GET', '/api/imports/987654/rows.geojson'],
      ['GET', '/api/imports/987654/refused.xlsx'],
      ['POST', '/api/imports/987654/commit'],
      ['POST', '/api/imports/987654/undo'],
    ] as const) {
      await expectErrorShape(await police.request(path, { method }), 404);
    }
    await expectErrorShape(
      await police.sendJson('PATCH', '/api/imports/987654', { mapping: {} }),
      404,
    );
  });

  it('wrong types are 400: no file, an unknown kind, an unsupported system, a bad day, a bad page', async () => {
    const bytes = await registryFile();
    const before = await tableCounts(sql);
    const noFile = new FormData();
    noFile.set('kind', 'registry');
    await expectErrorShape(await post(police, noFile), 400);
    await expectErrorShape(await post(police, importForm(bytes, 'a.xlsx', { kind: 'shops' })), 400);
    await expectErrorShape(
      await post(police, importForm(bytes, 'a.xlsx', { kind: 'registry', crs: '1234' })),
      400,
    );
    await expectErrorShape(
      await post(
        police,
        importForm(bytes, 'a.xlsx', { kind: 'registry', validFrom: '2026-13-40' }),
      ),
      400,
    );
    await expectErrorShape(
      await police.sendJson('POST', '/api/imports', { kind: 'registry' }),
      400,
    );
    await expectErrorShape(await police.request('/api/imports/1/rows?limit=5000'), 400);
    await expectErrorShape(await police.request('/api/imports/abc'), 400);
    expect(await tableCounts(sql)).toEqual(before);
  });

  it('boundaries without validFrom are 422', async () => {
    const admin = testApp({ as: 'admin' });
    const error = await expectErrorShape(
      await post(admin, importForm(await registryFile(), 'thon.xlsx', { kind: 'villages' })),
      422,
    );
    expect(error.code).toBe('valid-from-required');
  });

  it('a body over 50 MB is 413 before it is read whole', async () => {
    const big = new Uint8Array(52 * 1024 * 1024);
    const error = await refusedRegistry(police, big, 'lon.xlsx', 413);
    expect(error.message).toContain('50 MB');
  });

  it('a mapping naming a column the file lacks is 422; a committed import cannot be changed (409)', async () => {
    const created = await post(
      police,
      importForm(await registryFile(), 'b.xlsx', { kind: 'registry' }),
    );
    const { id } = (await created.json()) as { id: number };
    await expectErrorShape(
      await police.sendJson('PATCH', `/api/imports/${id}`, {
        mapping: { name: 'Không có cột này' },
      }),
      422,
    );
    const renamed = await police.sendJson('PATCH', `/api/imports/${id}`, {
      mapping: {
        name: 'Địa chỉ',
        type: 'Loại hình',
        address: 'Địa chỉ',
        lng: 'Kinh độ',
        lat: 'Vĩ độ',
      },
    });
    expect(renamed.status).toBe(200);
    const changed = (await renamed.json()) as {
      mapping: Record<string, string>;
      counts: { new: number };
    };
    expect(changed.mapping.name).toBe('Địa chỉ');
    expect(changed.counts.new).toBe(1);
    expect((await police.request(`/api/imports/${id}/commit`, { method: 'POST' })).status).toBe(
      200,
    );
    await expectErrorShape(
      await police.sendJson('PATCH', `/api/imports/${id}`, { mapping: {} }),
      409,
    );
  });

  it('an undo of a preview is 409', async () => {
    const created = await post(
      police,
      importForm(await registryFile(), 'c.xlsx', { kind: 'registry' }),
    );
    const { id } = (await created.json()) as { id: number };
    const error = await expectErrorShape(
      await police.request(`/api/imports/${id}/undo`, { method: 'POST' }),
      409,
    );
    expect(error.message).toContain('chưa được ghi');
  });
});
