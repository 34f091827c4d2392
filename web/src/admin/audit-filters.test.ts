import { describe, expect, it } from 'vitest';
import {
  auditQuery,
  filtersFromSearch,
  nextDay,
  noFilters,
  searchFromFilters,
} from './audit-filters';

describe('audit filters in the address', () => {
  it('round-trips through the query string, leaving out what is unset', () => {
    const filters = { ...noFilters, entity: 'user', entityId: '12', action: 'update' };
    const search = searchFromFilters(filters);
    expect(search).toBe('?entity=user&entityId=12&action=update');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('has no query at all without filters', () => {
    expect(searchFromFilters(noFilters)).toBe('');
  });

  it('drops a user or a date that someone typed wrong', () => {
    expect(filtersFromSearch('?user=abc&from=5/3/2026&to=2026-03-05')).toEqual({
      ...noFilters,
      to: '2026-03-05',
    });
  });
});

describe('auditQuery', () => {
  it('takes whole days in the commune time, the last day included', () => {
    const query = auditQuery({ ...noFilters, from: '2026-03-01', to: '2026-03-05' });
    expect(query.from).toBe('2026-03-01T00:00:00+07:00');
    expect(query.to).toBe('2026-03-06T00:00:00+07:00');
  });

  it('sends the user as a number and nothing for empty filters', () => {
    expect(auditQuery({ ...noFilters, user: '7' })).toEqual({
      entity: undefined,
      entityId: undefined,
      user: 7,
      action: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('counts the next day across the end of a month and of a year', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
