import type { FieldRecord } from './field-record';

/**
 * A field record for tests: a draft about a new premises, not yet sent nor tried, unless `over`
 * says otherwise. Its key is the idempotency key the API gets.
 */
export const fieldRecord = (
  draft: FieldRecord['draft'],
  over: Partial<FieldRecord> = {},
): FieldRecord => ({
  key: 'k-0001-abcd',
  userId: '7',
  createdAt: 0,
  updatedAt: 0,
  state: 'draft',
  target: { kind: 'new' },
  business: { id: 12, name: 'Karaoke Hoa Mai' },
  draft,
  attempts: 0,
  nextAttemptAt: null,
  error: null,
  ...over,
});
