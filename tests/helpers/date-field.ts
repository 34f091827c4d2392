import type { Locator } from 'playwright-core';

/**
 * Types an ISO day ("2026-03-15") into the form kit's date field as a person in the commune
 * writes it, "15/03/2026" (the field shows dd/mm/yyyy whatever the browser's language).
 */
export async function fillDay(field: Locator, isoDay: string): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`fillDay wants an ISO day, got ${JSON.stringify(isoDay)}`);
  await field.fill(`${match[3]}/${match[2]}/${match[1]}`);
}
