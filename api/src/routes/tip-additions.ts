import { listTipAdditions } from '@ntm/db/queries/public-tips';
import { getTip } from '@ntm/db/queries/tips';
import { Hono } from 'hono';
import { inTransaction } from '../lib/actor';
import { notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { validate } from '../lib/validate';
import { idPath } from '../schemas/geojson';

/** What the citizen added to a public-form tip through its tracking code, for the police. */
export const tipAdditions = new Hono<AppEnv>().get(
  '/tips/:id/additions',
  validate('param', idPath),
  async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const additions = await inTransaction(c, async (tx) => {
      if (!(await getTip(tx, env.COMMUNE_CODE, id))) throw notFound('Tin báo');
      return listTipAdditions(tx, id);
    });
    return c.json({ additions });
  },
);
