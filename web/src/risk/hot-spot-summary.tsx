import { useTranslation } from 'react-i18next';
import type { HotSpotLayer, HotSpots } from '../api/risk-client';
import { formatCalendarDate, formatInteger } from '../i18n/format';
import { SelectField } from '../ui/form/select-field';

interface HotSpotControlsProps {
  layer: HotSpotLayer;
  onLayer: (layer: HotSpotLayer) => void;
  answer: HotSpots | null;
}

/** Which events the hot spots are computed from, over which days, and how many cells stand out. */
export function HotSpotControls({ layer, onLayer, answer }: HotSpotControlsProps) {
  const { t } = useTranslation();
  const classes = answer?.features.map((f) => f.properties.class) ?? [];
  const hot = classes.filter((c) => c.startsWith('hot')).length;
  const cold = classes.filter((c) => c.startsWith('cold')).length;
  return (
    <div className="risk-hot">
      <SelectField
        label={t('risk.hotLayer')}
        value={layer}
        onChange={(value) => onLayer(value as HotSpotLayer)}
      >
        <option value="tips">{t('risk.hotLayers.tips')}</option>
        <option value="violations">{t('risk.hotLayers.violations')}</option>
      </SelectField>
      {answer && (
        <p className="muted risk-hot-summary">
          {t('risk.hotWindow', {
            layer: t(`risk.hotLayers.${answer.layer}`),
            layerLower: t(`risk.hotLayers.${answer.layer}`).toLocaleLowerCase('vi-VN'),
            from: formatCalendarDate(answer.from),
            to: formatCalendarDate(answer.to),
          })}
          <br />
          {t('risk.hotSummary', {
            hot: formatInteger(hot),
            cold: formatInteger(cold),
            cells: formatInteger(answer.cells ?? classes.length),
            events: formatInteger(answer.events ?? 0),
          })}
        </p>
      )}
      {answer && (
        <details className="hot-spot-method">
          <summary>{t('risk.hotMethod')}</summary>
          <p className="muted">
            {t('risk.hotMethodText', { cell: formatInteger(answer.cellMeters) })}
          </p>
        </details>
      )}
    </div>
  );
}
