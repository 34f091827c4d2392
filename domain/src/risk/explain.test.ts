import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { type RiskInputs, riskFactors } from './factors';
import { quietInputs } from './fixtures/quiet-inputs';

const input: RiskInputs = {
  ...quietInputs,
  type: 'karaoke',
  distanceToBorderArea: 0,
  distanceToTrafficRoute: 1200,
  similarNearby: 1,
  tipAgesDays: [12.4, 40],
  inspectionsLastYear: 1,
  registryMismatch: true,
  seasonIntensity: 3,
};

describe('explain', () => {
  it('says in plain Vietnamese why the top factors count, and what would lower them', () => {
    const lines = explain(riskFactors(input), input, {
      typeName: 'karaoke',
      licensedTrade: 'Dịch vụ ăn uống',
      seasonNames: ['Tết Nguyên Đán'],
    });
    expect(lines.slice(0, 3).map((l) => l.factor)).toEqual(['recent-tips', 'type', 'border-area']);
    expect(lines.map((l) => l.contribution)).toEqual(riskFactors(input).map((f) => f.points));
    expect(lines[0]?.explanation).toBe('2 tin báo độc lập về cơ sở, gần nhất cách đây 12 ngày');
    expect(lines[0]?.lower).toContain('90 ngày');
    expect(lines[2]?.explanation).toBe('Nằm trong địa bàn giáp ranh, nơi người từ xã khác qua lại');
    expect(lines.find((l) => l.factor === 'registry-mismatch')?.explanation).toContain(
      '(Dịch vụ ăn uống)',
    );
    expect(lines.find((l) => l.factor === 'season')?.explanation).toContain('Tết Nguyên Đán');
  });
});
