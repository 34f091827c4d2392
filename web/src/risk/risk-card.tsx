import { useTranslation } from 'react-i18next';
import type { BusinessRisk } from '../api/risk-client';
import type { viRisk } from '../i18n/vi-risk';
import { riskLevelColors } from '../theme/colors';
import { CircleSwatch } from '../ui/swatch';

type FactorKey = keyof typeof viRisk.risk.factors;

/** Why a business scores what it does: every factor's points, and the plain reasons. */
export function RiskCard({ risk, onClose }: { risk: BusinessRisk; onClose: () => void }) {
  const { t } = useTranslation();
  const p = risk.properties;
  return (
    <section className="review-card risk-card" aria-labelledby="risk-title">
      <header className="review-header">
        <div>
          <p className="proposal-action">{p.villageName}</p>
          <h2 id="risk-title">{p.name}</h2>
          <p className="badges">
            <span className="badge">
              <CircleSwatch color={riskLevelColors[p.riskLevel]} />{' '}
              {t(`risk.levels.${p.riskLevel}`)} ·{' '}
              {t('risk.score', { score: p.riskScore.toLocaleString('vi-VN') })}
            </span>
          </p>
        </div>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('tips.close')}
        </button>
      </header>
      <h3>{t('risk.why')}</h3>
      <ul className="risk-reasons">
        {p.factors.slice(0, 3).map((r) => (
          <li key={r.factor}>
            <strong>+{r.contribution.toLocaleString('vi-VN')}</strong> {r.explanation}
            {r.lower && <span className="muted"> {t('risk.lower', { how: r.lower })}</span>}
          </li>
        ))}
      </ul>
      <table className="diff-table">
        <thead>
          <tr>
            <th scope="col" className="diff-cell diff-head">
              {t('risk.factor')}
            </th>
            <th scope="col" className="diff-cell diff-head">
              {t('risk.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.factors.map((f) => (
            <tr key={f.factor}>
              <th scope="row" className="diff-cell diff-label">
                {t(`risk.factors.${f.factor as FactorKey}`)}
              </th>
              <td className="diff-cell">{f.contribution.toLocaleString('vi-VN')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="diff-cell diff-label">
              {t('risk.total')}
            </th>
            <td className="diff-cell">
              <strong>{p.riskScore.toLocaleString('vi-VN')}</strong>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
