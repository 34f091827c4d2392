import { describe, expect, it } from 'vitest';
import { i18next } from '../i18n/i18n';
import { commitSentences, doneSentence } from './commit-summary';

const counts = (
  over: Partial<Record<'new' | 'update' | 'unchanged' | 'refused' | 'unplaced', number>>,
) => ({
  new: 0,
  update: 0,
  unchanged: 0,
  refused: 0,
  unplaced: 0,
  ...over,
});

describe('what committing an import will do', () => {
  const t = i18next.t;

  it.each([
    {
      says: 'names what is added, updated and left out, as the issue words it',
      given: { new: 288, refused: 12 },
      first: 'Thêm 288 cơ sở, cập nhật 0; 12 dòng bị từ chối sẽ không được ghi.',
    },
    {
      says: 'writes thousands the Vietnamese way and says when nothing is refused',
      given: { new: 20000, update: 1500 },
      first: 'Thêm 20.000 cơ sở, cập nhật 1.500; không có dòng nào bị từ chối.',
    },
  ])('$says', ({ given, first }) => {
    const [sentence] = commitSentences(t, {
      kind: 'registry',
      counts: counts(given),
      validFrom: null,
    });
    expect(sentence).toBe(first);
  });

  it('tells where unplaced premises go and from when new boundaries count', () => {
    const registry = commitSentences(t, {
      kind: 'registry',
      counts: counts({ new: 5, unplaced: 2 }),
      validFrom: null,
    });
    expect(registry.join(' ')).toContain(
      '2 cơ sở chưa có vị trí sẽ vào danh sách "Cần đặt lên bản đồ"',
    );
    const villages = commitSentences(t, {
      kind: 'villages',
      counts: counts({ new: 24 }),
      validFrom: '2026-01-01',
    });
    expect(villages[0]).toBe('Thêm 24 thôn, cập nhật 0; không có dòng nào bị từ chối.');
    expect(villages.join(' ')).toContain('có hiệu lực từ 01/01/2026');
  });

  it('reports what was done after the commit', () => {
    expect(
      doneSentence(t, {
        kind: 'key-areas',
        counts: counts({ new: 3, update: 1, refused: 1 }),
        validFrom: null,
      }),
    ).toBe('Đã thêm 3 địa bàn, cập nhật 1; 1 dòng bị từ chối không được ghi.');
  });
});
