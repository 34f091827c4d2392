import { useTranslation } from 'react-i18next';
import type { Proposal } from '../api/proposal-client';
import { type QueueOrder, type QueueView, queueVillages } from './queue-view';

const actions: Proposal['action'][] = ['create', 'update', 'delete'];

interface QueueControlsProps {
  proposals: readonly Proposal[];
  view: QueueView;
  onView: (view: QueueView) => void;
  shown: number;
}

/** The review queue's order (newest or oldest first) and its filters (village, kind). */
export function QueueControls({ proposals, view, onView, shown }: QueueControlsProps) {
  const { t } = useTranslation();
  const villages = queueVillages(proposals);
  return (
    <fieldset className="tip-filter queue-controls">
      <legend className="visually-hidden">{t('review.title')}</legend>
      <label className="form-field" htmlFor="queue-order">
        <span>{t('review.order')}</span>
        <select
          id="queue-order"
          value={view.order}
          onChange={(e) => onView({ ...view, order: e.target.value as QueueOrder })}
        >
          <option value="newest">{t('review.newest')}</option>
          <option value="oldest">{t('review.oldest')}</option>
        </select>
      </label>
      <label className="form-field" htmlFor="queue-kind">
        <span>{t('review.kind')}</span>
        <select
          id="queue-kind"
          value={view.action ?? ''}
          onChange={(e) =>
            onView({ ...view, action: (e.target.value || null) as Proposal['action'] | null })
          }
        >
          <option value="">{t('review.all')}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {t(`proposals.action.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field queue-village" htmlFor="queue-village">
        <span>{t('review.village')}</span>
        <select
          id="queue-village"
          value={view.villageId ?? ''}
          onChange={(e) =>
            onView({ ...view, villageId: e.target.value ? Number(e.target.value) : null })
          }
        >
          <option value="">{t('review.all')}</option>
          {villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <p className="tip-shown" role="status">
        {t('review.shown', { shown, count: proposals.length })}
      </p>
    </fieldset>
  );
}
