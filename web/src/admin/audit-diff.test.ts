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
    expect(shownValue('inspection', 'measures', [])).toEqual({ kind: 'empty' });
  });

  it('tells a value hidden from this role from any value, whatever the field', () => {
    expect(shownValue('business', 'phone', { hidden: true })).toEqual({ kind: 'hidden' });
    expect(shownValue('user', 'role', { hidden: true })).toEqual({ kind: 'hidden' });
    expect(shownValue('business', 'openingHours', { hidden: true, mon: [] })).toMatchObject({
      kind: 'text',
    });
  });

  it('reads roles, villages and the password reset', () => {
    expect(shownValue('user', 'role', 'police')).toEqual({
      kind: 'label',
      set: 'roles',
      code: 'police',
    });
    expect(shownValue('user', 'villageId', 4)).toEqual({ kind: 'village', id: 4 });
    expect(shownValue('user', 'password', 'reset')).toEqual({ kind: 'password-reset' });
    expect(shownValue('user', 'active', false)).toEqual({ kind: 'yes-no', value: false });
  });

  it('names a code by the entity it belongs to', () => {
    expect(shownValue('business', 'type', 'karaoke')).toEqual({
      kind: 'label',
      set: 'businessType',
      code: 'karaoke',
    });
    expect(shownValue('api-token', 'type', 'karaoke')).toEqual({ kind: 'text', text: 'karaoke' });
    expect(shownValue('inspection', 'status', 'recorded')).toMatchObject({
      set: 'inspections.statuses',
    });
    expect(shownValue('tip', 'status', 'verified')).toMatchObject({ set: 'tips.status' });
    expect(shownValue('import', 'kind', 'registry')).toMatchObject({ set: 'imports.kinds' });
    expect(shownValue('key-area', 'kind', 'border')).toMatchObject({ set: 'keyAreaKind' });
  });

  it("reads what a proposal asks for, its proposed values as a business's", () => {
    expect(shownValue('proposal', 'action', 'delete')).toEqual({
      kind: 'label',
      set: 'proposals.action',
      code: 'delete',
    });
    expect(shownValue('proposal', 'status', 'approved')).toMatchObject({
      set: 'proposals.status',
    });
    expect(shownValue('proposal', 'type', 'massage')).toMatchObject({ set: 'businessType' });
  });

  it('shows an unknown code as it is rather than guessing a name', () => {
    expect(shownValue('inspection', 'result', 'toString')).toEqual({
      kind: 'text',
      text: 'toString',
    });
  });

  it('reads a list of codes item by item', () => {
    expect(shownValue('inspection', 'measures', ['reminder', 'commitment'])).toEqual({
      kind: 'list',
      items: [
        { kind: 'label', set: 'inspections.measures', code: 'reminder' },
        { kind: 'label', set: 'inspections.measures', code: 'commitment' },
      ],
    });
  });

  it('names the rows an entry points at by their entity', () => {
    expect(shownValue('inspection', 'tipIds', [12])).toEqual({
      kind: 'list',
      items: [{ kind: 'ref', entity: 'tip', id: '12' }],
    });
    expect(shownValue('inspection', 'businessId', 7)).toEqual({
      kind: 'ref',
      entity: 'business',
      id: '7',
    });
  });

  it("writes calendar dates as dd/mm/yyyy and instants in the commune's time", () => {
    expect(shownValue('local-event', 'from', '2026-03-05')).toEqual({
      kind: 'text',
      text: '05/03/2026',
    });
    // 23:30 UTC is 06:30 the next day in Vietnam.
    expect(shownValue('inspection', 'plannedAt', '2026-03-05T23:30:00.000Z')).toMatchObject({
      text: expect.stringContaining('06/03/2026'),
    });
  });

  it("reads a route plan's teams with the premises they visit", () => {
    expect(shownValue('route-plan', 'teams', [{ name: 'Tổ 1', stops: [3] }])).toEqual({
      kind: 'list',
      items: [
        { kind: 'team', name: 'Tổ 1', stops: [{ kind: 'ref', entity: 'business', id: '3' }] },
      ],
    });
  });

  it('writes positions and other structures as JSON', () => {
    expect(shownValue('business', 'lngLat', [106.1, 20.7])).toEqual({
      kind: 'text',
      text: '[106.1,20.7]',
    });
  });
});
