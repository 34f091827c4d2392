import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { BusinessFeature, VillageCollection } from '../api/geo-types';
import type { ImportClient, UnplacedBusiness } from '../api/import-client';
import type { BusinessDraft, ProposalClient } from '../api/proposal-client';
import { type LngLat, useDraggablePin } from '../map/use-draggable-pin';
import { usePlacing } from '../map/use-placing';
import { proposalColors } from '../theme/colors';
import { FormProblem } from '../ui/form/form-actions';
import type { Notice } from '../ui/notice-banner';
import { BusinessForm, type FormDraft } from './business-form';
import { EditBar } from './edit-bar';
import { coverOf } from './sheet-cover';
import { villageAt } from './village-at';

/** What the village head is doing: nothing, choosing a place, filling in, or dragging. */
type Mode =
  | { kind: 'idle' }
  | { kind: 'placing'; from: UnplacedBusiness | null }
  | { kind: 'new'; lngLat: LngLat; from: UnplacedBusiness | null }
  | { kind: 'edit'; business: BusinessFeature; closing: boolean }
  | { kind: 'move'; business: BusinessFeature; lngLat: LngLat };

interface Options {
  map: MapLibreMap | null;
  villages: VillageCollection | null;
  /** The village head's village; null for every other role (the editor is then off). */
  ownVillage: { id: number; name: string } | null;
  client: ProposalClient;
  /** Places a premises from the list "Cần đặt lên bản đồ" (imports). */
  placeClient: Pick<ImportClient, 'place'>;
  /** A proposal went in: reload the list and the pending marks. */
  onProposed: () => void;
}

// A new business's type is asked, not preset: a preset is sent unread as often as not.
const emptyDraft: FormDraft = {
  name: '',
  type: '',
  address: '',
  owner: '',
  phone: '',
  licensedTrade: '',
};

/** The form filled from a premises an import named without a position. */
function draftOfUnplaced(from: UnplacedBusiness): BusinessDraft {
  return {
    name: from.name,
    type: from.type,
    address: from.address,
    owner: from.owner ?? '',
    phone: from.phone ?? '',
    licensedTrade: from.licensedTrade ?? '',
  };
}

function draftOf(business: BusinessFeature, closing: boolean): BusinessDraft {
  const p = business.properties;
  return {
    name: p.name,
    type: p.type,
    address: p.address ?? '',
    owner: p.owner ?? '',
    phone: p.phone ?? '',
    licensedTrade: p.licensedTrade ?? '',
    status: closing ? 'closed' : p.status,
  };
}

/** Only the fields that differ from the business as it is. */
function changedFields(before: BusinessDraft, after: BusinessDraft): Partial<BusinessDraft> {
  const changes: Partial<Record<keyof BusinessDraft, unknown>> = {};
  for (const key of Object.keys(after) as (keyof BusinessDraft)[]) {
    if ((before[key] || null) !== (after[key] || null)) changes[key] = after[key];
  }
  return changes as Partial<BusinessDraft>;
}

/**
 * A village head's editing on the map, phone first: add a business by tapping the map or from
 * the phone's position, drag it into place, edit its fields or report it closed. Positions
 * outside their village are refused here before anything is sent (and by the API after).
 */
export function useVillageEditor({
  map,
  villages,
  ownVillage,
  client,
  placeClient,
  onProposed,
}: Options) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sending, setSending] = useState(false);
  const [locating, setLocating] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const sheet = useRef<HTMLDivElement | null>(null);
  const [folded, setFolded] = useState(false);

  const shapes = useMemo(
    () =>
      villages?.features.map((f) => ({ id: Number(f.properties.id), geometry: f.geometry })) ?? [],
    [villages],
  );
  const inOwnVillage = useCallback(
    (lngLat: LngLat) => ownVillage !== null && villageAt(shapes, lngLat) === ownVillage.id,
    [shapes, ownVillage],
  );
  const villageName = ownVillage?.name ?? '';
  const refuse = useCallback(
    () => setNotice({ tone: 'error', text: t('edit.outsideVillage', { village: villageName }) }),
    [t, villageName],
  );

  const reset = useCallback(() => {
    setMode({ kind: 'idle' });
    setFormError(null);
    setLocating(false);
  }, []);

  // Choosing a place: the map's clicks are the editor's, and the cursor says so.
  usePlacing(map, mode.kind === 'placing', (event) => {
    const lngLat: LngLat = [event.lngLat.lng, event.lngLat.lat];
    if (!inOwnVillage(lngLat)) return refuse();
    setNotice(null);
    setMode({ kind: 'new', lngLat, from: mode.kind === 'placing' ? mode.from : null });
  });

  // A draggable mark where the business will be; a drag out of the village springs back.
  const markedAt = mode.kind === 'new' || mode.kind === 'move' ? mode.lngLat : null;
  const markedKey = markedAt ? markedAt.join(',') : null;
  // A new place opens the form unfolded.
  useEffect(() => setFolded(false), [markedKey]);
  const pin = useDraggablePin(map, markedAt, {
    color: proposalColors.after,
    classNames: ['edit-marker'],
    label: t('edit.dragHint'),
    // Dragging the pin is what the folded form is for: fold it at once.
    onDragStart: () => setFolded(true),
    acceptDrop: (at) => {
      if (!inOwnVillage(at)) {
        refuse();
        return false;
      }
      setNotice(null);
      return true;
    },
  });

  // The pin stays in the part of the map the form leaves free (below a phone's sheet, or beside
  // the card on a wide screen), also after the form folds or unfolds.
  useEffect(() => {
    const at = pin?.getLngLat();
    if (!map || !at) return;
    map.easeTo({ center: at, duration: 300, padding: coverOf(map, sheet.current) });
  }, [map, pin, folded]);

  const useMyPosition = useCallback(() => {
    if (!('geolocation' in navigator))
      return setNotice({ tone: 'error', text: t('edit.locationFailed') });
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const lngLat: LngLat = [position.coords.longitude, position.coords.latitude];
        if (!inOwnVillage(lngLat)) return refuse();
        setNotice({
          tone: 'info',
          text: t('edit.accuracy', { meters: Math.round(position.coords.accuracy) }),
        });
        setMode({ kind: 'new', lngLat, from: mode.kind === 'placing' ? mode.from : null });
      },
      (error) => {
        setLocating(false);
        const denied = error.code === error.PERMISSION_DENIED;
        setNotice({
          tone: 'error',
          text: t(denied ? 'edit.locationDenied' : 'edit.locationFailed'),
        });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  }, [t, inOwnVillage, refuse, mode]);

  const send = useCallback(
    async (name: string, request: () => Promise<unknown>) => {
      setSending(true);
      setFormError(null);
      try {
        await request();
        setNotice({ tone: 'success', text: t('edit.sent', { name }) });
        reset();
        onProposed();
      } catch (error) {
        const message =
          error instanceof ApiError && error.refused
            ? error.message
            : error instanceof ApiError && error.kind === 'network'
              ? t('edit.network')
              : String(error);
        setFormError(t('edit.failed', { message }));
      } finally {
        setSending(false);
      }
    },
    [t, reset, onProposed],
  );

  const position = (): LngLat | null => {
    const at = pin?.getLngLat();
    return at ? [at.lng, at.lat] : null;
  };

  const submitForm = (draft: BusinessDraft) => {
    if (mode.kind === 'new') {
      const at = position() ?? mode.lngLat;
      const from = mode.from;
      void send(draft.name, () =>
        // The licence number is not on the form; it travels from the import's row as it was.
        from
          ? placeClient.place(from.id, at, { ...draft, licenceNumber: from.licenceNumber })
          : client.proposeNew(at, draft),
      );
    } else if (mode.kind === 'edit') {
      const changes = changedFields(draftOf(mode.business, false), draft);
      if (Object.keys(changes).length === 0) return setFormError(t('edit.nothingChanged'));
      void send(draft.name, () =>
        client.proposeChange(mode.business.id as number, { properties: changes }),
      );
    }
  };

  const submitMove = () => {
    if (mode.kind !== 'move') return;
    const at = position() ?? mode.lngLat;
    const [lng, lat] = mode.business.geometry.coordinates;
    if (at[0] === lng && at[1] === lat) return setFormError(t('edit.nothingChanged'));
    void send(mode.business.properties.name, () =>
      client.proposeChange(mode.business.id as number, { lngLat: at }),
    );
  };

  const businessActions = useCallback(
    (business: BusinessFeature, close: () => void): ReactNode => {
      const start = (next: Mode) => () => {
        close();
        setNotice(null);
        setFormError(null);
        setMode(next);
      };
      const lngLat = business.geometry.coordinates as LngLat;
      return (
        <>
          <button
            type="button"
            className="button button-secondary"
            onClick={start({ kind: 'edit', business, closing: false })}
          >
            {t('edit.editDetails')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={start({ kind: 'move', business, lngLat })}
          >
            {t('edit.move')}
          </button>
          {business.properties.status !== 'closed' && (
            <button
              type="button"
              className="button button-secondary"
              onClick={start({ kind: 'edit', business, closing: true })}
            >
              {t('edit.markClosed')}
            </button>
          )}
        </>
      );
    },
    [t],
  );

  let view: ReactNode = null;
  /** "Đặt lên bản đồ" in the list: choose the place, then the form comes filled in. */
  const startPlacing = useCallback((from: UnplacedBusiness) => {
    setNotice(null);
    setFormError(null);
    setMode({ kind: 'placing', from });
  }, []);

  if (ownVillage === null) {
    return {
      businessActions: undefined,
      view,
      notice,
      dismissNotice: () => setNotice(null),
      startPlacing,
    };
  }
  if (mode.kind === 'idle') {
    view = (
      <button
        type="button"
        className="button add-business"
        onClick={() => {
          setNotice(null);
          setMode({ kind: 'placing', from: null });
        }}
      >
        <span aria-hidden="true">+</span> {t('edit.add')}
      </button>
    );
  } else if (mode.kind === 'placing') {
    view = (
      <EditBar
        title={t('edit.newTitle')}
        onCancel={reset}
        action={
          <button
            type="button"
            className="button"
            onClick={useMyPosition}
            disabled={locating}
            aria-busy={locating}
          >
            {locating && <span className="spinner spinner-small" aria-hidden="true" />}
            {locating ? t('edit.locating') : t('edit.useMyPosition')}
          </button>
        }
      >
        <p>
          {mode.from && <strong>{t('unplaced.placeName', { name: mode.from.name })}: </strong>}
          {t('edit.addHint', { village: villageName })}
        </p>
      </EditBar>
    );
  } else if (mode.kind === 'move') {
    view = (
      <EditBar
        title={t('edit.moveTitle')}
        onCancel={reset}
        action={
          <button type="button" className="button" onClick={submitMove} disabled={sending}>
            {sending ? t('edit.sending') : t('edit.submit')}
          </button>
        }
      >
        <p>
          <strong>{mode.business.properties.name}</strong>: {t('edit.dragHint')}
        </p>
        <FormProblem text={formError} />
      </EditBar>
    );
  } else {
    const editing = mode.kind === 'edit';
    view = (
      <div
        className={folded && !editing ? 'edit-sheet edit-sheet-folded' : 'edit-sheet'}
        ref={sheet}
      >
        <BusinessForm
          key={editing ? `edit-${mode.business.id}-${mode.closing}` : `new-${mode.from?.id ?? ''}`}
          title={t(
            editing ? (mode.closing ? 'edit.markClosed' : 'edit.editTitle') : 'edit.newTitle',
          )}
          initial={
            editing
              ? draftOf(mode.business, mode.closing)
              : mode.from
                ? draftOfUnplaced(mode.from)
                : emptyDraft
          }
          withStatus={editing}
          sending={sending}
          error={formError}
          onSubmit={submitForm}
          onCancel={reset}
          fold={editing ? undefined : { folded, onFold: setFolded }}
        />
      </div>
    );
  }

  return { businessActions, view, notice, dismissNotice: () => setNotice(null), startPlacing };
}
