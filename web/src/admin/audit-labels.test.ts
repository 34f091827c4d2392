import { auditActions } from '@ntm/db/queries/audit';
import { describe, expect, it } from 'vitest';
import { auditActionKeys, isAuditAction, isAuditEntity } from './audit-labels';

describe('audit labels', () => {
  it('names every action the API records, and no other', () => {
    expect([...auditActionKeys].sort()).toEqual([...auditActions].sort());
  });

  it('tells a known entity from an unknown one', () => {
    expect(isAuditEntity('user')).toBe(true);
    expect(isAuditEntity('toString')).toBe(false);
    expect(isAuditAction('login-failed')).toBe(true);
  });
});
