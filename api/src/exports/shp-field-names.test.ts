import { describe, expect, it } from 'vitest';
import { shpFieldNames } from './shp-field-names';

describe('Shapefile field names', () => {
  it('gives the long API names their documented short forms', () => {
    expect(shpFieldNames(['id', 'licenceNumber', 'fineDecisionNumber', 'villageName'])).toEqual([
      'id',
      'licence_no',
      'fine_decno',
      'village_nm',
    ]);
  });

  it('cuts an unknown long name to 10 characters and numbers a collision', () => {
    const names = shpFieldNames(['somethingVeryLong', 'somethingVeryLonger']);
    expect(names).toEqual(['somethingV', 'something1']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(10);
  });

  it('never repeats a name, whatever the case', () => {
    const names = shpFieldNames(['Trade', 'licensedTrade', 'trade']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });
});
