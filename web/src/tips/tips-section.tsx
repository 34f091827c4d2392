import { countCap as countedUpTo } from '@ntm/db/queries/keyset';
import { tipStatuses } from '@ntm/db/schema/values';
import { useTranslation } from 'react-i18next';
import type { Tip, TipSummary } from '../api/tip-client';
import { formatInstant } from '../review/use-proposals';
import { tipStatusColors } from '../theme/colors';
import { DateField } from '../ui/form/date-field';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { InlineLoadFailed, InlineSpinner } from '../ui/load-status';
import { CircleSwatch } from '../ui/swatch';
import { listedTips, type TipFilter } from './tip-filter';
import { TipKindField } from './tip-kind-field';

interface TipsSectionProps {
  tips: Tip[] | null;
  summary: TipSummary | null;
  failed: boolean;
  visible: boolean;
  onToggle: (visible: boolean) => void;
  filter: TipFilter;
  onFilter: (filter: TipFilter) => void;
  /** How many tips the filter leaves on the map. */
  /** null: more than the server counts (countedUpTo). */
  shownCount: number | null;
  onOpen: (id: number) => void;
  onRetry: () => void;
  onIntake: () => void;
}

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** Indicator đ, the tips layer's switch and legend, and the open tips due first. */
export function TipsSection(props: TipsSectionProps) {
  const {
    tips,
    summary,
    failed,
    visible,
    onToggle,
    filter,
    onFilter,
    shownCount,
    onOpen,
    onRetry,
    onIntake,
  } = props;
  const { t } = useTranslation();
  const open = (tips ?? []).filter((tip) => tip.properties.deadline !== null).slice(0, listedTips);
  return (
    <section className="panel-section tips-section" aria-labelledby="tips-title">
      <h2 id="tips-title">{t('tips.title')}</h2>
      <button type="button" className="button fit-button tip-intake-start" onClick={onIntake}>
        + {t('intake.start')}
      </button>
      {summary && (
        <div className="indicator" data-indicator="đ">
          <p className="indicator-label">{t('tips.indicator')}</p>
          <p className="indicator-value">
            {summary.share === null
              ? t('tips.indicatorNone', { year: summary.year })
              : t('tips.indicatorValue', {
                  share: percent.format(summary.share),
                  resolved: summary.resolved,
                  received: summary.received,
                  year: summary.year,
                })}
          </p>
          <p className="badges">
            <span className="badge badge-due-overdue">
              {t('tips.overdueCount', { count: summary.overdue })}
            </span>
            <span className="badge badge-due-due-soon">
              {t('tips.dueSoonCount', { count: summary.dueSoon })}
            </span>
          </p>
        </div>
      )}
      <label className="toggle-label tips-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => onToggle(e.target.checked)} />
        {t('tips.show')}
      </label>
      <fieldset className="tip-filter" disabled={!visible}>
        <legend className="visually-hidden">{t('tips.filter')}</legend>
        <SelectField
          label={t('tips.filterState')}
          value={filter.state}
          onChange={(value) => onFilter({ ...filter, state: value as TipFilter['state'] })}
        >
          <option value="open">{t('tips.stateOpen')}</option>
          <option value="all">{t('tips.stateAll')}</option>
          <Options values={tipStatuses} label={(status) => t(`tips.status.${status}`)} />
        </SelectField>
        <SelectField
          label={t('tips.filterPeriod')}
          value={filter.period}
          onChange={(value) => onFilter({ ...filter, period: value as TipFilter['period'] })}
        >
          <Options
            values={['30d', '90d', 'year', 'all', 'range'] as const}
            label={(period) => t(`tips.periods.${period}`)}
          />
        </SelectField>
        {filter.period === 'range' && (
          <>
            <DateField
              label={t('tips.fromDay')}
              value={filter.from}
              onChange={(from) => onFilter({ ...filter, from })}
            />
            <DateField
              label={t('tips.toDay')}
              value={filter.to}
              onChange={(to) => onFilter({ ...filter, to })}
            />
          </>
        )}
        <TipKindField
          dimension="category"
          value={filter.category}
          withAny
          onChange={(category) => onFilter({ ...filter, category })}
        />
        <TipKindField
          dimension="channel"
          value={filter.channel}
          withAny
          onChange={(channel) => onFilter({ ...filter, channel })}
        />
        <p className="muted tip-shown">
          {shownCount === null
            ? t('tips.shownMany', { count: countedUpTo })
            : t('tips.shown', { count: shownCount })}
        </p>
      </fieldset>
      <ul className="tip-legend">
        {Object.entries(tipStatusColors).map(([status, color]) => (
          <li key={status}>
            <CircleSwatch color={color} />{' '}
            {t(`tips.status.${status as keyof typeof tipStatusColors}`)}
          </li>
        ))}
      </ul>
      <h3>{t('tips.dueFirst')}</h3>
      {failed && !tips ? (
        <InlineLoadFailed text={t('tips.loadFailed')} onRetry={onRetry} />
      ) : !tips ? (
        <InlineSpinner text={t('tips.loading')} />
      ) : open.length === 0 ? (
        <p className="muted">{t('tips.noneOpen')}</p>
      ) : (
        <ul className="stack-list">
          {open.map((tip) => (
            <li key={tip.id} data-tip={tip.id}>
              <button type="button" className="proposal-item" onClick={() => onOpen(tip.id)}>
                <span className="proposal-line">
                  {tip.properties.due && (
                    <span className={`badge badge-due-${tip.properties.due}`}>
                      {t(`tips.due.${tip.properties.due}`)}
                    </span>
                  )}
                  <span className="proposal-action">
                    {t(`tips.status.${tip.properties.status}`)}
                  </span>
                </span>
                <strong className="proposal-name">
                  {t('tips.number', { id: tip.id })} ·{' '}
                  {t(`tips.categories.${tip.properties.category}`)}
                </strong>
                <span className="muted">
                  {formatInstant(tip.properties.receivedAt)}
                  {tip.properties.businessName && ` · ${tip.properties.businessName}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
