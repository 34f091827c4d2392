import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { DuplicateCandidate, NewTip, Tip, TipClient, TipFilesClient } from '../api/tip-client';
import { EditBar } from '../edit/edit-bar';
import { businessPointLayerId } from '../map/layers';
import { type LngLat, useDraggablePin } from '../map/use-draggable-pin';
import { usePlacing } from '../map/use-placing';
import { tipStatusColors } from '../theme/colors';
import type { Notice } from '../ui/notice-banner';
import { TipIntakeForm } from './tip-intake-form';

type Place = { lngLat: LngLat | null; business: { id: number; name: string } | null };
type Mode = { kind: 'idle' } | { kind: 'placing' } | ({ kind: 'form' } & Place);

interface Options {
  map: MapLibreMap | null;
  client: TipClient;
  /** Police, culture and village heads take tips in. */
  enabled: boolean;
  /** Where the tip's photos go once it exists. */
  filesClient: TipFilesClient;
  /** A tip went in (with the possible duplicates police may see). */
  onCreated: (tip: Tip, duplicates: DuplicateCandidate[]) => void;
}

/**
 * Taking a tip in on the map: tap the place it is about (or a business on the map), or skip to
 * an address; fill in the form; the mark can be dragged while the form is open.
 */
export function useTipIntake({ map, client, filesClient, enabled, onCreated }: Options) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reset = useCallback(() => {
    setMode({ kind: 'idle' });
    setError(null);
  }, []);

  usePlacing(map, mode.kind === 'placing', (event) => {
    if (!map) return;
    const { x, y } = event.point;
    const box: [[number, number], [number, number]] = [
      [x - 8, y - 8],
      [x + 8, y + 8],
    ];
    const layers = map.getLayer(businessPointLayerId) ? [businessPointLayerId] : [];
    const [hit] = layers.length ? map.queryRenderedFeatures(box, { layers }) : [];
    if (hit && hit.geometry.type === 'Point') {
      const lngLat = hit.geometry.coordinates as LngLat;
      const business = { id: Number(hit.properties.id), name: String(hit.properties.name) };
      setMode({ kind: 'form', lngLat, business });
    } else {
      setMode({ kind: 'form', lngLat: [event.lngLat.lng, event.lngLat.lat], business: null });
    }
  });

  // A free point gets a draggable mark; a business keeps its own place.
  const free = mode.kind === 'form' && !mode.business ? mode.lngLat : null;
  const pin = useDraggablePin(map, free, {
    color: tipStatusColors.received,
    classNames: ['edit-marker', 'intake-marker'],
  });

  const submit = async (fields: Omit<NewTip, 'location' | 'businessId'>, files: File[]) => {
    if (mode.kind !== 'form') return;
    const at = pin?.getLngLat();
    const point: LngLat | null = at ? [at.lng, at.lat] : mode.lngLat;
    setSending(true);
    setError(null);
    try {
      const created = await client.create({
        ...fields,
        ...(mode.business
          ? { businessId: mode.business.id }
          : point
            ? { location: { type: 'Point', coordinates: point } }
            : {}),
      });
      const count = created.duplicates.length;
      // The tip exists now; its photos follow. If they fail, the tip still stands.
      const uploadProblem =
        files.length === 0
          ? null
          : await filesClient.upload(created.id, files).then(
              () => null,
              (cause: unknown) => (cause instanceof Error ? cause.message : String(cause)),
            );
      setNotice(
        uploadProblem
          ? {
              tone: 'error',
              text: t('intake.filesFailed', { id: created.id, message: uploadProblem }),
            }
          : {
              tone: 'success',
              text:
                count > 0
                  ? t('intake.doneDuplicates', { id: created.id, count })
                  : t('intake.done', { id: created.id }),
            },
      );
      reset();
      onCreated(created, created.duplicates);
    } catch (cause) {
      setError(
        cause instanceof ApiError && cause.refused
          ? cause.message
          : cause instanceof ApiError && cause.kind === 'network'
            ? t('edit.network')
            : String(cause),
      );
    } finally {
      setSending(false);
    }
  };

  let view: ReactNode = null;
  if (enabled && mode.kind === 'placing') {
    view = (
      <EditBar
        title={t('intake.title')}
        onCancel={reset}
        action={
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setMode({ kind: 'form', lngLat: null, business: null })}
          >
            {t('intake.skipPlace')}
          </button>
        }
      >
        <p>{t('intake.placeHint')}</p>
      </EditBar>
    );
  } else if (enabled && mode.kind === 'form') {
    view = (
      <div className="edit-sheet">
        <TipIntakeForm
          place={{
            businessName: mode.business?.name ?? null,
            hasPoint: mode.lngLat !== null && !mode.business,
          }}
          sending={sending}
          error={error}
          onSubmit={(fields, files) => void submit(fields, files)}
          onCancel={reset}
        />
      </div>
    );
  }

  const start = useCallback(() => {
    setNotice(null);
    setError(null);
    setMode({ kind: 'placing' });
  }, []);

  return { start, view, notice, dismissNotice: () => setNotice(null), busy: mode.kind !== 'idle' };
}
