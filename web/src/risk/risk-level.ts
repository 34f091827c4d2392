import type { RiskLevel } from '../api/risk-client';
import { riskThresholds } from '../theme/risk-colors';

/** The level of a score, by the API's thresholds (for a village's mean score). */
export function levelOf(score: number): RiskLevel {
  if (score >= riskThresholds['very-high']) return 'very-high';
  if (score >= riskThresholds.high) return 'high';
  if (score >= riskThresholds.medium) return 'medium';
  return 'low';
}
