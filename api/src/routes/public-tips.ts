import { nobody } from '@ntm/db/queries/actor';
import { getCommuneGeoJson } from '@ntm/db/queries/commune';
import type { CommuneFeature, VillageCollection } from '@ntm/db/queries/geojson-layers';
import {
  addToPublicTip,
  attachToPublicTip,
  filePublicTip,
  publicTipStatus,
} from '@ntm/db/queries/public-tips';
import { findVillagesGeoJson } from '@ntm/db/queries/villages';
import type { tipStatuses } from '@ntm/db/schema/values';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { publicUploadLimits } from '../attachments/limits';
import { checkUploads } from '../attachments/read-uploads';
import { saveThenRecord } from '../attachments/save-uploads';
import type { Verdict } from '../auth/rate-limit';
import { inTransactionAs } from '../lib/actor';
import { ApiError, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { checkedByHand, parseOrThrow, validate } from '../lib/validate';
import { assertInCommune } from '../proposals/places';
import { publicStatusOf, publicStatusWords } from '../public-tips/public-status';
import { readTipForm } from '../public-tips/read-tip-form';
import {
  hashTrackingCode,
  newTrackingCode,
  normalizeTrackingCode,
} from '../public-tips/tracking-code';
import { honeypotField, publicAdditionBody, publicTipBody } from '../schemas/public-tip';

const codePath = z.object({ code: z.string().max(100) });

const addressOf = (c: Context<AppEnv>) => c.get('clientAddress') ?? 'local';

function refuseWhenLimited(c: Context<AppEnv>, verdict: Verdict) {
  if (verdict.allowed) return;
  const seconds = Math.max(1, verdict.retryAfterSeconds);
  c.header('Retry-After', String(seconds));
  throw new ApiError(429, 'rate-limited', 'Bạn đã gửi quá nhiều yêu cầu, vui lòng thử lại sau', {
    retryAfterSeconds: seconds,
  });
}

/** The same answer for a code that is malformed and one that is unknown: nothing to learn from it. */
const unknownCode = () => notFound('Mã tra cứu');

/**
 * A code's tip hash, or a refusal: 429 while the address has tried too many wrong codes (even
 * a right one is refused then, so guessing learns nothing), 404 for a wrong one (counted).
 */
async function withCode<T>(
  c: Context<AppEnv>,
  typed: string,
  use: (codeHash: string) => Promise<T | null>,
): Promise<T> {
  const { wrongCodeLimiter } = c.get('deps');
  refuseWhenLimited(c, await wrongCodeLimiter.peek(addressOf(c)));
  const code = normalizeTrackingCode(typed);
  const found = code ? await use(hashTrackingCode(code)) : null;
  if (found === null) {
    await wrongCodeLimiter.hit(addressOf(c));
    throw unknownCode();
  }
  return found;
}

/** The audit source of a public request: no account, whoever may be signed in on this browser. */
const publicSource = (c: Context<AppEnv>) => ({ ...auditSource(c), userId: null, role: null });

/**
 * The public tip form (no login): file a tip and get a tracking code, read its status in plain
 * words, add information. Runs as nobody; the database functions take only what the form sends.
 */
export const publicTips = new Hono<AppEnv>()
  .get('/commune', async (c) => {
    const { sql, env } = c.get('deps');
    const body = orNotFound(await getCommuneGeoJson(sql, env.COMMUNE_CODE), 'Địa giới xã');
    const feature: CommuneFeature = JSON.parse(body);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({
      type: 'Feature' as const,
      geometry: feature.geometry,
      properties: { name: feature.properties.name, bbox: feature.properties.bbox },
    });
  })
  // The villages' names and outlines, so a citizen can find their place on the small map.
  .get('/villages', async (c) => {
    const { sql, env } = c.get('deps');
    const collection: VillageCollection = JSON.parse(
      await findVillagesGeoJson(sql, env.COMMUNE_CODE),
    );
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({
      type: 'FeatureCollection' as const,
      features: collection.features.map((f) => ({
        type: 'Feature' as const,
        geometry: f.geometry,
        properties: { name: f.properties.name },
      })),
    });
  })
  // JSON, or multipart with the same fields and photos in `files` (public-tips/read-tip-form.ts).
  .post('/tips', checkedByHand('json', publicTipBody), async (c) => {
    const { publicTipLimiter, attachmentStore } = c.get('deps');
    refuseWhenLimited(c, await publicTipLimiter.hit(addressOf(c)));
    c.header('Cache-Control', 'no-store');
    const { fields, files } = await readTipForm(c);
    // A bot filled in the hidden field: it gets what a person gets, and nothing is kept.
    const honeypot = (fields as Record<string, unknown> | null)?.[honeypotField];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      return c.json({ trackingCode: newTrackingCode() }, 201);
    }
    const body = parseOrThrow(publicTipBody, fields);
    const checked = await checkUploads(files, publicUploadLimits);
    const source = publicSource(c);
    const lngLat = body.location?.coordinates ?? null;
    if (lngLat) {
      await inTransactionAs(c, nobody, (tx) => assertInCommune(tx, source.communeCode, lngLat));
    }
    const contact =
      !body.anonymous && body.contact
        ? { name: body.contact.name ?? null, phone: body.contact.phone ?? null }
        : null;
    const trackingCode = newTrackingCode();
    const codeHash = hashTrackingCode(normalizeTrackingCode(trackingCode) as string);
    await saveThenRecord(attachmentStore, checked, (saved) =>
      inTransactionAs(c, nobody, async (tx) => {
        const id = await filePublicTip(tx, {
          communeCode: source.communeCode,
          codeHash,
          category: body.category,
          description: body.description,
          lngLat,
          contact,
        });
        for (const file of saved) await attachToPublicTip(tx, codeHash, file);
        // Whether a contact was left, never who; file names and sizes, never contents.
        await recordAudit(tx, source, 'create', 'tip', id, {
          after: { channel: 'public-form', category: body.category, located: lngLat !== null },
          reporter: contact ? 'given' : 'anonymous',
          attachments: saved.map((f) => ({
            fileName: f.fileName,
            sizeBytes: f.sizeBytes,
            mediaType: f.mediaType,
          })),
        });
      }),
    );
    return c.json({ trackingCode }, 201);
  })
  .get('/tips/:code', validate('param', codePath), async (c) => {
    c.header('Cache-Control', 'no-store');
    const found = await withCode(c, c.req.valid('param').code, (hash) =>
      inTransactionAs(c, nobody, (tx) => publicTipStatus(tx, hash)),
    );
    const status = publicStatusOf[found.status as (typeof tipStatuses)[number]];
    return c.json({
      status,
      statusText: publicStatusWords[status],
      receivedAt: found.receivedAt,
      updatedAt: found.changedAt ?? found.receivedAt,
    });
  })
  .post(
    '/tips/:code/additions',
    validate('param', codePath),
    validate('json', publicAdditionBody),
    async (c) => {
      const { text } = c.req.valid('json');
      const source = publicSource(c);
      await withCode(c, c.req.valid('param').code, (hash) =>
        inTransactionAs(c, nobody, async (tx) => {
          if (!(await addToPublicTip(tx, hash, text))) return null;
          await recordAudit(tx, source, 'create', 'tip-addition', null, { chars: text.length });
          return true;
        }),
      );
      return c.json({ added: true }, 201);
    },
  );
