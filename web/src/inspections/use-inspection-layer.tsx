import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection, InspectionClient } from '../api/inspection-client';
import { inspectionResultColors } from '../theme/colors';
import { inspectionsOverlay } from './inspection-layer';

/** How far back the map shows recorded inspections. */
const days = 90;

interface Options {
  client: InspectionClient;
  /** Police and culture read inspections. */
  enabled: boolean;
  /** A mark clicked: that business's timeline. */
  onOpen: (business: { id: number; name: string }) => void;
}

/**
 * The last 90 days' inspections on the map by result (an overlay the map page draws), with a
 * switch and a legend in the panel.
 */
export function useInspectionLayer({ client, enabled, onOpen }: Options) {
  const { t } = useTranslation();
  const [inspections, setInspections] = useState<Inspection[] | null>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (!enabled || !visible || inspections) return;
    const from = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    client.list({ status: 'recorded', from }).then(
      (answer) => setInspections(answer.features),
      (cause: unknown) => console.error('Loading inspections failed:', cause),
    );
  }, [client, enabled, visible, inspections]);

  // Drawn once loaded; a mark clicked opens its business's timeline.
  const layers = useMemo(
    () =>
      enabled && inspections
        ? [
            inspectionsOverlay(inspections, visible, (f) =>
              onOpen({
                id: Number(f.properties.businessId),
                name: String(f.properties.businessName),
              }),
            ),
          ]
        : [],
    [enabled, inspections, visible, onOpen],
  );

  const panelPart: ReactNode = enabled && (
    <div className="inspection-layer-toggle">
      <label className="toggle-label tips-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t('inspections.layer.show', { days })}
      </label>
      {visible && (
        <ul className="tip-legend">
          {Object.entries(inspectionResultColors).map(([result, color]) => (
            <li key={result}>
              <span className="ring-swatch" style={{ borderColor: color }} aria-hidden="true" />{' '}
              {t(`inspections.results.${result as keyof typeof inspectionResultColors}`)}
            </li>
          ))}
          {inspections && (
            <li className="muted">{t('inspections.layer.count', { count: inspections.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
  return { panelPart, layers };
}
