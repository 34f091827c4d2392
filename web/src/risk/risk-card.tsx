import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskFactor, RiskLevel } from '../api/risk-client';
import type { viRisk } from '../i18n/vi-risk';
import { riskLevelColors } from '../theme/risk-colors';
import { ColumnHeads } from '../ui/column-heads';
import { LazyBoundary, lazyPart } from '../ui/lazy-part';
import { SideCard } from '../ui/side-card';
import { CircleSwatch } from '../ui/swatch';

// Recharts only when a risk card opens (risk-factors.chart.tsx).
const RiskFactorsChart = lazyPart(
  () => import('../charts/risk-factors.chart'),
  (m) => m.RiskFactorsChart,
);

type FactorKey = keyof typeof viRisk.risk.factors;
const points = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** What the card explains: a business or a cell of the risk surface, in the same shape. */
export interface RiskSubject {
  key: string;
  /** Above the title: the village of a business, "Ô lưới …" for a cell. */
  kicker: string;
  title: string;
  riskScore: number;
  riskLevel: RiskLevel;
  factors: readonly RiskFactor[];
  /** Lines under the badge, e.g. how many businesses a cell holds. */
  details?: ReactNode;
}

/** Why a score is what it is: the factors as bars, the plain reasons and what would lower it. */
export function RiskCard({ subject, onClose }: { subject: RiskSubject; onClose: () => void }) {
  const { t } = useTranslation();
  const { factors } = subject;
  // A village's factors are means over its businesses: bars only, no sentence of their own.
  const reasons = factors.filter((f) => f.contribution > 0 && f.explanation).slice(0, 3);
  return (
    <SideCard
      className="risk-card"
      kicker={subject.kicker}
      title={subject.title}
      details={
        <>
          <p className="badges">
            <span className="badge">
              <CircleSwatch color={riskLevelColors[subject.riskLevel]} />{' '}
              {t(`risk.levels.${subject.riskLevel}`)} ·{' '}
              {t('risk.score', { score: points(subject.riskScore) })}
            </span>
          </p>
          {subject.details}
        </>
      }
      closeLabel={t('tips.close')}
      onClose={onClose}
    >
      <h3>{t('risk.bars')}</h3>
      <LazyBoundary>
        <RiskFactorsChart factors={factors} level={subject.riskLevel} />
      </LazyBoundary>
      <p className="risk-total">
        {t('risk.total')}: <strong>{points(subject.riskScore)}</strong>
      </p>
      {reasons.length > 0 && (
        <>
          <h3>{t('risk.why')}</h3>
          <ul className="risk-reasons">
            {reasons.map((r) => (
              <li key={r.factor}>
                <strong>+{points(r.contribution)}</strong> {r.explanation}
                {r.lower && <span className="muted"> {t('risk.lower', { how: r.lower })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="risk-table">
        <summary>{t('risk.table')}</summary>
        <table className="diff-table">
          <ColumnHeads
            cellClassName="diff-cell diff-head"
            columns={[t('risk.factor'), t('risk.points')]}
          />
          <tbody>
            {factors.map((f) => (
              <tr key={f.factor}>
                <th scope="row" className="diff-cell diff-label">
                  {t(`risk.factors.${f.factor as FactorKey}`, { defaultValue: f.factor })}
                </th>
                <td className="diff-cell">{points(f.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </SideCard>
  );
}
