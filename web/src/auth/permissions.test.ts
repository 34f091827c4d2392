import { describe, expect, it } from 'vitest';
import { mayCall, readableDatasets } from './permissions';

describe('readableDatasets', () => {
  it('gives every role the base map', () => {
    for (const role of ['leadership', 'police', 'health', 'culture', 'village', 'admin'] as const) {
      for (const key of ['commune', 'villages', 'keyAreas', 'roads'] as const) {
        expect(readableDatasets(role).has(key)).toBe(true);
      }
    }
  });

  it('keeps businesses from the health station and the administrator', () => {
    expect(readableDatasets('health').has('businesses')).toBe(false);
    expect(readableDatasets('admin').has('businesses')).toBe(false);
    expect(readableDatasets('village').has('businesses')).toBe(true);
    expect(readableDatasets('culture').has('businesses')).toBe(true);
  });
});

describe('mayCall', () => {
  it('lets only the administrator manage accounts and read the audit trail', () => {
    expect(mayCall('admin', 'GET /api/users')).toBe(true);
    expect(mayCall('admin', 'GET /api/audit')).toBe(true);
    for (const role of ['leadership', 'police', 'health', 'culture', 'village'] as const) {
      expect(mayCall(role, 'GET /api/users')).toBe(false);
      expect(mayCall(role, 'POST /api/users/:id/password')).toBe(false);
      expect(mayCall(role, 'GET /api/audit')).toBe(false);
    }
  });

  it('lets every role call a signed-in route', () => {
    expect(mayCall('village', 'GET /api/villages')).toBe(true);
  });

  it('refuses a route the API has no rule for, as the API does', () => {
    expect(mayCall('admin', 'GET /api/nowhere')).toBe(false);
  });
});
