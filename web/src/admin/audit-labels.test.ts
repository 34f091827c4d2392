import { auditFieldRules } from '@ntm/api/auth/audit-field-rules';
import { auditActions } from '@ntm/db/queries/audit';
import * as codeLists from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { auditActionKeys, auditFieldKey, isAuditAction, isAuditEntity } from './audit-labels';
import { labelSets } from './audit-value-kinds';

describe('audit labels', () => {
  it('names every action the API records, and no other', () => {
    expect([...auditActionKeys].sort()).toEqual([...auditActions].sort());
  });

  it('tells a known entity from an unknown one', () => {
    expect(isAuditEntity('user')).toBe(true);
    expect(isAuditEntity('toString')).toBe(false);
    expect(isAuditAction('login-failed')).toBe(true);
  });

  // The rule table lists every entity the API audits and every field its entries hold.
  it('names every audited entity in Vietnamese', () => {
    const unnamed = Object.keys(auditFieldRules).filter((entity) => !isAuditEntity(entity));
    expect(unnamed).toEqual([]);
  });

  it('names every field of every audited entity in Vietnamese', () => {
    const unnamed = Object.entries(auditFieldRules).flatMap(([entity, rule]) =>
      Object.keys(rule.fields)
        .filter((field) => auditFieldKey(entity, field) === null)
        .map((field) => `${entity}.${field}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('gives an entity its own name for a field only where it has that field', () => {
    expect(auditFieldKey('inspection', 'kind')).toBe('auditFieldOf.inspection.kind');
    expect(auditFieldKey('import', 'kind')).toBe('auditFieldOf.import.kind');
    expect(auditFieldKey('user', 'kind')).toBe('auditField.kind');
    expect(auditFieldKey('user', 'constructor')).toBeNull();
  });

  it('has a name for every value of the code lists it reads', () => {
    const lists: Partial<Record<keyof typeof labelSets, readonly string[]>> = {
      roles: codeLists.userRoles,
      businessType: codeLists.businessTypes,
      businessStatus: codeLists.businessStatuses,
      keyAreaKind: codeLists.keyAreaKinds,
      'proposals.action': codeLists.proposalActions,
      'proposals.status': codeLists.proposalStatuses,
      'tips.status': codeLists.tipStatuses,
      'tips.channels': codeLists.tipChannels,
      'tips.categories': codeLists.tipCategories,
      'online.kinds': codeLists.onlineViolationKinds,
      'online.status': codeLists.takedownStatuses,
      'inspections.kinds': codeLists.inspectionKinds,
      'inspections.statuses': codeLists.inspectionStatuses,
      'inspections.results': codeLists.inspectionResults,
      'inspections.violations': codeLists.inspectionViolations,
      'inspections.measures': codeLists.inspectionMeasures,
      'planRecords.audience': codeLists.communicationAudiences,
      'registryReview.outcomes': codeLists.registryReviewOutcomes,
      'reports.preview.channels': codeLists.reportChannels,
      'reports.states': codeLists.reportStates,
      'support.outcomes': codeLists.referralOutcomes,
    };
    const missing = Object.entries(lists).flatMap(([set, codes]) =>
      (codes ?? [])
        .filter((code) => !Object.hasOwn(labelSets[set as keyof typeof labelSets], code))
        .map((code) => `${set}.${code}`),
    );
    expect(missing).toEqual([]);
  });
});
