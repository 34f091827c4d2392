import { useTranslation } from 'react-i18next';
import type { Proposal } from '../api/proposal-client';
import { NamedOptions, Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
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
      <SelectField
        label={t('review.order')}
        value={view.order}
        onChange={(value) => onView({ ...view, order: value as QueueOrder })}
      >
        <option value="newest">{t('review.newest')}</option>
        <option value="oldest">{t('review.oldest')}</option>
      </SelectField>
      <SelectField
        label={t('review.kind')}
        value={view.action ?? ''}
        onChange={(value) =>
          onView({ ...view, action: (value || null) as Proposal['action'] | null })
        }
      >
        <option value="">{t('review.all')}</option>
        <Options values={actions} label={(action) => t(`proposals.action.${action}`)} />
      </SelectField>
      <SelectField
        label={t('review.village')}
        className="queue-village"
        value={view.villageId ?? ''}
        onChange={(value) => onView({ ...view, villageId: value ? Number(value) : null })}
      >
        <option value="">{t('review.all')}</option>
        <NamedOptions items={villages} />
      </SelectField>
      <p className="tip-shown" role="status">
        {t('review.shown', { shown, count: proposals.length })}
      </p>
    </fieldset>
  );
}
