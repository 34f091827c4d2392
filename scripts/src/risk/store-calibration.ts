import type { Pool } from '@ntm/db/client';
import { appendAudit } from '@ntm/db/queries/audit';
import { insertWeightSet } from '@ntm/db/queries/risk-weights';
import { type Calibration, calibrationMethod } from '@ntm/domain/risk/calibrate';

/**
 * Stores a fitted set as the next version and records it in the audit log, in one transaction
 * (as the owner: the app role may not write weight sets).
 */
export async function storeCalibration(
  sql: Pool,
  communeCode: string,
  trainedBefore: string,
  calibration: Calibration,
): Promise<{ version: number; createdAt: Date }> {
  return sql.begin(async (tx) => {
    const stored = await insertWeightSet(tx, {
      communeCode,
      trainedBefore,
      method: calibrationMethod,
      weights: calibration.weights,
      fit: calibration.fit,
    });
    await appendAudit(tx, {
      communeCode,
      action: 'create',
      entity: 'risk_weight_set',
      entityId: String(stored.version),
      diff: { trainedBefore, method: calibrationMethod, weights: calibration.weights },
      requestId: null,
      clientHash: null,
    });
    return stored;
  });
}
