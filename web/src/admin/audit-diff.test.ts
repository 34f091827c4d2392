import { describe, expect, it } from 'vitest';
import { diffRows, shownValue } from './audit-diff';

describe('diffRows', () => {
  it('lists every value of a creation as set, with nothing before', () => {
    expect(diffRows({ after: { username: 'thon-moi', role: 'village', villageId: 3 } })).toEqual([
      { field: 'username', after: 'thon-moi' },
      { field: 'role', after: 'village' },
      { field: 'villageId', after: 3 },
    ]);
  });

  it('shows an update field by field, before and after', () => {
    expect(diffRows({ active: [true, false], displayName: ['A', 'B'] })).toEqual([
      { field: 'active', before: true, after: false },
      { field: 'displayName', before: 'A', after: 'B' },
    ]);
  });

  it('puts the fields in the order asked for, unknown ones last', () => {
    const diff = { after: { role: 'police', active: true, username: 'x', extra: 1 } };
    const fields = diffRows(diff, ['username', 'displayName', 'role', 'active']).map(
      (r) => r.field,
    );
    expect(fields).toEqual(['username', 'role', 'active', 'extra']);
  });

  it('keeps a note such as a password reset as one row', () => {
    expect(diffRows({ password: 'reset' })).toEqual([{ field: 'password', after: 'reset' }]);
  });

  it('has nothing to show for a login or a deletion', () => {
    expect(diffRows(null)).toEqual([]);
  });

  it('lists the values a proposal proposes as its after side', () => {
    expect(diffRows({ action: 'update', changes: { owner: 'B' } })).toEqual([
      { field: 'action', after: 'update' },
      { field: 'owner', after: 'B' },
    ]);
  });

  it('keeps the field name of a hidden value, on both sides of a change', () => {
    const hidden = { hidden: true };
    expect(diffRows({ phone: [hidden, hidden], after: { owner: hidden } })).toEqual([
      { field: 'phone', before: hidden, after: hidden },
      { field: 'owner', after: hidden },
    ]);
    expect(diffRows(hidden)).toEqual([{ field: '', after: hidden }]);
  });

  it('shows a value of an unexpected shape as it is', () => {
    expect(diffRows('moved')).toEqual([{ field: '', after: 'moved' }]);
  });
});

describe('shownValue', () => {
  it('tells an unrecorded side from an empty value', () => {
    expect(shownValue('user', 'villageId', undefined)).toEqual({ kind: 'absent' });
    expect(shownValue('user', 'villageId', null)).toEqual({ kind: 'empty' });
  });

  it('tells a value hidden from this role from any value, whatever the field', () => {
    expect(shownValue('business', 'phone', { hidden: true })).toEqual({ kind: 'hidden' });
    expect(shownValue('user', 'role', { hidden: true })).toEqual({ kind: 'hidden' });
    expect(shownValue('business', 'openingHours', { hidden: true, mon: [] })).toMatchObject({
      kind: 'text',
    });
  });

  it('reads roles, villages and the password reset', () => {
    expect(shownValue('user', 'role', 'police')).toEqual({ kind: 'role', role: 'police' });
    expect(shownValue('user', 'villageId', 4)).toEqual({ kind: 'village', id: 4 });
    expect(shownValue('user', 'password', 'reset')).toEqual({ kind: 'password-reset' });
    expect(shownValue('user', 'active', false)).toEqual({ kind: 'yes-no', value: false });
  });

  it('reads business types and statuses only for businesses', () => {
    expect(shownValue('business', 'type', 'karaoke')).toEqual({
      kind: 'business-type',
      value: 'karaoke',
    });
    expect(shownValue('api-token', 'type', 'karaoke')).toEqual({ kind: 'text', text: 'karaoke' });
  });

  it('reads what a proposal asks for and where it stands', () => {
    expect(shownValue('proposal', 'action', 'delete')).toEqual({
      kind: 'proposal-action',
      value: 'delete',
    });
    expect(shownValue('proposal', 'status', 'approved')).toEqual({
      kind: 'proposal-status',
      value: 'approved',
    });
  });

  it('writes positions and other structures as JSON', () => {
    expect(shownValue('business', 'lngLat', [106.1, 20.7])).toEqual({
      kind: 'text',
      text: '[106.1,20.7]',
    });
  });
});
