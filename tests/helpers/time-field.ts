import type { Locator } from 'playwright-core';

/**
 * Types a time ("19:30") into the form kit's time field as on a phone's numeric keypad, digits
 * only ("1930"): the field puts the colon in and shows 24-hour HH:mm whatever the browser's
 * language.
 */
export async function fillTime(field: Locator, time: string): Promise<void> {
  if (!/^\d{2}:\d{2}$/.test(time))
    throw new Error(`fillTime wants HH:mm, got ${JSON.stringify(time)}`);
  await field.fill('');
  await field.pressSequentially(time.replace(':', ''));
}
