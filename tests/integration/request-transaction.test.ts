import { inTransaction } from '@ntm/api/lib/actor';
import { ApiError } from '@ntm/api/lib/api-error';
import type { AppEnv } from '@ntm/api/lib/app-env';
import { handleError } from '@ntm/api/lib/error-handler';
import { oneTransactionPerWrite } from '@ntm/api/lib/request-transaction';
import { Hono } from 'hono';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appRolePool } from '../helpers/test-app';

// The mechanism behind "a refused request that wrote": a handler that wrote in one step and
// was refused in a later one. No route does that today on purpose, so the handlers here are
// built for it, over the app's own middleware and inTransaction, as the app's database role.
// They write into a table of this file's own, gone when it ends, so no other test sees it.
const appSql = appRolePool(4);
const owner = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
const table = 'request_transaction_probe';

beforeAll(async () => {
  await owner.unsafe(`create table ${table} (id serial primary key, at timestamptz default now());
                      grant insert, select on ${table} to ntm_app;
                      grant usage on sequence ${table}_id_seq to ntm_app`);
});
afterAll(async () => {
  await owner.unsafe(`drop table if exists ${table}`);
  await Promise.all([appSql.end(), owner.end()]);
});

/** One row, written as the app writes (its role, the request's actor). */
const write = (c: Parameters<typeof inTransaction>[0]) =>
  inTransaction(c, (tx) => tx`insert into ${tx(table)} default values`);

const app = new Hono<AppEnv>();
app.use(async (c, next) => {
  c.set('deps', { sql: appSql } as AppEnv['Variables']['deps']);
  c.set('account', null);
  await next();
});
app.use(oneTransactionPerWrite);
app.post('/written-then-refused', async (c) => {
  await write(c);
  throw new ApiError(409, 'conflict', 'Xung đột');
});
app.post('/written-then-answered-422', async (c) => {
  await write(c);
  return c.json({ error: { code: 'invalid', message: 'Không hợp lệ' } }, 422);
});
app.post('/written-then-failed', async (c) => {
  await write(c);
  await inTransaction(c, (tx) => tx`select 1 / 0`);
  return c.json({}, 201);
});
app.post('/two-steps', async (c) => {
  await write(c);
  await write(c);
  return c.json({}, 201);
});
app.post('/two-steps-at-once', async (c) => {
  await Promise.all([write(c), write(c)]);
  return c.json({}, 201);
});
app.post('/failed-step-caught', async (c) => {
  // A step that fails and is handled: its savepoint is undone, the transaction goes on.
  const failed = await inTransaction(c, (tx) => tx`select 1 / 0`).catch(() => 'caught');
  await write(c);
  return c.json({ failed }, 201);
});
app.get('/read-then-refused', async (c) => {
  await write(c);
  throw new ApiError(404, 'not-found', 'Không tìm thấy');
});
app.onError(handleError);

const probeRows = async () => Number((await owner`select count(*) from ${owner(table)}`)[0]?.count);

async function changeOf(path: string, method = 'POST') {
  const before = await probeRows();
  const response = await app.request(path, { method });
  return { status: response.status, added: (await probeRows()) - before };
}

describe('one transaction per write request', () => {
  it.each<{ does: string; path: string; method?: string; status: number; added: number }>([
    {
      does: 'keeps nothing of a request refused after it wrote (thrown error)',
      path: '/written-then-refused',
      status: 409,
      added: 0,
    },
    {
      does: 'keeps nothing of a request answered 4xx without an error',
      path: '/written-then-answered-422',
      status: 422,
      added: 0,
    },
    {
      does: 'keeps nothing of a request whose later step PostgreSQL refused',
      path: '/written-then-failed',
      status: 400,
      added: 0,
    },
    {
      does: 'keeps every step of a request that succeeded',
      path: '/two-steps',
      status: 201,
      added: 2,
    },
    {
      does: 'runs steps started together one after another on the one transaction',
      path: '/two-steps-at-once',
      status: 201,
      added: 2,
    },
    {
      does: 'undoes only the step that failed when the handler handles its error',
      path: '/failed-step-caught',
      status: 201,
      added: 1,
    },
    {
      does: 'leaves reads as they were: each step its own transaction',
      path: '/read-then-refused',
      method: 'GET',
      status: 404,
      added: 1,
    },
  ])('$does', async ({ path, method, status, added }) => {
    expect(await changeOf(path, method)).toEqual({ status, added });
  });
});
