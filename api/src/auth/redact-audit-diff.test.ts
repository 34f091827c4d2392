import { userRoles } from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { accessRules } from './access-rules';
import { auditFieldRules } from './audit-field-rules';
import { hiddenValue, redactAuditDiff } from './redact-audit-diff';

const hidden = hiddenValue;
const created = {
  after: { name: 'Karaoke Hoa Sen', owner: 'Nguyễn Văn Chủ', phone: '0912345678', status: 'open' },
};

describe('redactAuditDiff', () => {
  it('shows a business owner and phone only to the roles GET /api/businesses shows them to', () => {
    expect(redactAuditDiff('business', created, 'police')).toEqual(created);
    expect(redactAuditDiff('business', created, 'culture')).toEqual(created);
    expect(redactAuditDiff('business', created, 'leadership')).toEqual({
      after: { name: 'Karaoke Hoa Sen', owner: hidden, phone: hidden, status: 'open' },
    });
  });

  it('keeps every field name for the admin and hides every value the admin cannot read', () => {
    expect(redactAuditDiff('business', created, 'admin')).toEqual({
      after: { name: hidden, owner: hidden, phone: hidden, status: hidden },
    });
    expect(redactAuditDiff('business', { phone: ['0912345678', '0987654321'] }, 'admin')).toEqual({
      phone: [hidden, hidden],
    });
    // A position in a record is one value, not a change.
    expect(redactAuditDiff('business', { after: { lngLat: [106.2, 20.7] } }, 'admin')).toEqual({
      after: { lngLat: hidden },
    });
  });

  it('hides values from a role its GET route gives only some rows (a village head)', () => {
    expect(redactAuditDiff('business', { status: ['open', 'closed'] }, 'village')).toEqual({
      status: [hidden, hidden],
    });
  });

  it("reads a proposal's changes by the business's own field rules", () => {
    const diff = { action: 'update', businessId: 7, changes: { owner: 'Trần Thị B', name: 'X' } };
    expect(redactAuditDiff('proposal', diff, 'culture')).toEqual(diff);
    expect(redactAuditDiff('proposal', diff, 'admin')).toEqual({
      action: hidden,
      businessId: hidden,
      changes: { owner: hidden, name: hidden },
    });
  });

  it("never shows a tip's reporter, not even to the police", () => {
    const diff = { after: { channel: 'phone', category: 'other' }, reporter: 'given' };
    expect(redactAuditDiff('tip', diff, 'police')).toEqual({ ...diff, reporter: hidden });
    for (const role of userRoles) {
      expect(JSON.stringify(redactAuditDiff('tip', diff, role))).not.toContain('given');
    }
  });

  it('hides unknown entities, unknown fields and shapes it does not know', () => {
    expect(redactAuditDiff('new-thing', { after: { secret: 's' } }, 'admin')).toEqual({
      after: { secret: hidden },
    });
    expect(redactAuditDiff('business', { after: { newColumn: 'x' } }, 'police')).toEqual({
      after: { newColumn: hidden },
    });
    expect(redactAuditDiff('user', 'plain text', 'admin')).toEqual(hidden);
    expect(redactAuditDiff('user', ['a', 'b', 'c'], 'admin')).toEqual(hidden);
    expect(redactAuditDiff('user', null, 'admin')).toBeNull();
  });

  it('shows the admin what the admin reads elsewhere: accounts, local events', () => {
    const user = { after: { username: 'thon-moi', displayName: 'Trưởng thôn', role: 'village' } };
    expect(redactAuditDiff('user', user, 'admin')).toEqual(user);
    const event = { after: { name: 'Lễ hội', from: '2026-03-01', to: '2026-03-03' } };
    expect(redactAuditDiff('local-event', event, 'admin')).toEqual(event);
  });

  it('shows field names given to a support case, never its values, outside health', () => {
    const diff = { referral: 3, outcome: ['pending', 'connected'], fields: 'note, outcome' };
    expect(redactAuditDiff('support-case', diff, 'admin')).toEqual({
      referral: hidden,
      outcome: [hidden, hidden],
      fields: 'note, outcome',
    });
    expect(redactAuditDiff('support-case', diff, 'health')).toEqual(diff);
  });

  it('shows an import only to the roles that import its kind, and hides one without a kind', () => {
    const villages = { kind: 'villages', fileName: 'thon.zip', counts: { new: 3 } };
    const registry = { kind: 'registry', fileName: 'so-dang-ky.xlsx', counts: { new: 3 } };
    expect(redactAuditDiff('import', villages, 'admin')).toEqual(villages);
    expect(redactAuditDiff('import', registry, 'admin')).toEqual({
      kind: hidden,
      fileName: hidden,
      counts: hidden,
    });
    expect(redactAuditDiff('import', registry, 'police')).toEqual(registry);
    expect(redactAuditDiff('import', { fileName: 'x.zip' }, 'admin')).toEqual({
      fileName: hidden,
    });
  });
});

describe('an export entry', () => {
  it('shows its format to every reader of the trail, its row count to readers of the layer', () => {
    const diff = { format: 'csv', crs: 'EPSG:4326', rows: 212, completed: true };
    expect(redactAuditDiff('villages', diff, 'admin')).toEqual(diff);
    expect(redactAuditDiff('businesses', diff, 'admin')).toEqual({ ...diff, rows: hidden });
    expect(redactAuditDiff('businesses', diff, 'leadership')).toEqual(diff);
  });
});

describe('auditFieldRules', () => {
  it('names only routes of the access table and entities it has', () => {
    for (const [entity, rule] of Object.entries(auditFieldRules)) {
      if (rule.route !== null) expect(accessRules, entity).toHaveProperty([rule.route]);
      for (const field of Object.values(rule.fields)) {
        if (typeof field !== 'object') continue;
        const other = 'as' in field ? field.as[0] : 'fieldsOf' in field ? field.fieldsOf : entity;
        expect(auditFieldRules, `${entity} → ${other}`).toHaveProperty([other]);
      }
    }
  });
});
