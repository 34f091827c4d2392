import { describe, expect, it } from 'vitest';
import { fieldsFor, mappingLines, unusedColumns, withColumn } from './mapping-editor';

describe('the column mapping editor', () => {
  it('lists the registry fields for a registry and only the fitting area fields for boundaries', () => {
    expect(fieldsFor('registry')).toContain('licenceNumber');
    expect(fieldsFor('villages')).toEqual(['name', 'formerCommune', 'population', 'note']);
    expect(fieldsFor('key-areas')).toContain('kind');
    expect(fieldsFor('commune')).not.toContain('population');
  });

  it('marks a line the user changed from the suggestion, and a field nobody suggested', () => {
    const lines = mappingLines(
      'registry',
      { name: 'Tên cơ sở', licenceNumber: 'Giấy phép số' },
      { name: 'Tên cơ sở' },
    );
    expect(lines.find((l) => l.field === 'name')).toEqual({
      field: 'name',
      column: 'Tên cơ sở',
      suggested: 'Tên cơ sở',
      edited: false,
    });
    expect(lines.find((l) => l.field === 'licenceNumber')).toMatchObject({
      column: 'Giấy phép số',
      suggested: null,
      edited: true,
    });
    expect(lines.find((l) => l.field === 'owner')).toMatchObject({ column: null, edited: false });
  });

  it('gives a field a column, or leaves it out, without touching the original', () => {
    const before = { name: 'A', owner: 'B' };
    expect(withColumn(before, 'owner', 'C')).toEqual({ name: 'A', owner: 'C' });
    expect(withColumn(before, 'owner', null)).toEqual({ name: 'A' });
    expect(before).toEqual({ name: 'A', owner: 'B' });
  });

  it('names the columns no field takes, in the file’s order', () => {
    expect(unusedColumns(['STT', 'Tên', 'Giấy phép số', 'Ghi chú'], { name: 'Tên' })).toEqual([
      'STT',
      'Giấy phép số',
      'Ghi chú',
    ]);
  });
});
