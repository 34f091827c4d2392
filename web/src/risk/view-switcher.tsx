import { useTranslation } from 'react-i18next';
import { type RiskView, riskViews } from './risk-view';

/** Heat map, cells, villages or hot spots: one at a time, as radio buttons drawn as a bar. */
export function ViewSwitcher({
  view,
  onChange,
}: {
  view: RiskView;
  onChange: (view: RiskView) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="risk-views">
      <legend>{t('risk.view')}</legend>
      {riskViews.map((v) => (
        <label key={v} className={v === view ? 'risk-view current' : 'risk-view'}>
          <input
            type="radio"
            name="risk-view"
            value={v}
            checked={v === view}
            onChange={() => onChange(v)}
          />
          {t(`risk.views.${v}`)}
        </label>
      ))}
    </fieldset>
  );
}
