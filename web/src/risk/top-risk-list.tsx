import { useTranslation } from 'react-i18next';
import type { BusinessRisk } from '../api/risk-client';
import { riskLevelColors } from '../theme/risk-colors';
import { CircleSwatch } from '../ui/swatch';

/**
 * The highest-scoring businesses, each with its village (five premises may share a name) and its
 * strongest reason beyond its trade.
 */
export function TopRiskList({
  top,
  onOpen,
}: {
  top: readonly BusinessRisk[];
  onOpen: (risk: BusinessRisk) => void;
}) {
  const { t } = useTranslation();
  if (top.length === 0) return null;
  return (
    <>
      <h3>{t('risk.top')}</h3>
      <ul className="stack-list">
        {top.map((r) => (
          <li key={r.id} data-risk={r.id}>
            <button type="button" className="proposal-item" onClick={() => onOpen(r)}>
              <span className="proposal-line">
                <CircleSwatch color={riskLevelColors[r.properties.riskLevel]} />
                <strong>{r.properties.riskScore.toLocaleString('vi-VN')}</strong>
                <span className="proposal-action">
                  {t(`risk.levels.${r.properties.riskLevel}`)}
                </span>
              </span>
              <strong className="proposal-name">{r.properties.name}</strong>
              <span className="risk-village">
                {r.properties.villageName
                  ? t('risk.village', { name: r.properties.villageName })
                  : t('risk.noVillage')}
              </span>
              <span className="muted">
                {
                  (r.properties.factors.find((x) => x.factor !== 'type') ?? r.properties.factors[0])
                    ?.explanation
                }
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
