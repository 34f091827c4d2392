import { tipCategories, tipChannels } from '@ntm/db/schema/values';
import { useTranslation } from 'react-i18next';
import type { TipCategory, TipChannel } from '../api/tip-client';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';

type Kinds = { channel: TipChannel; category: TipCategory };

interface TipKindFieldProps<Dimension extends keyof Kinds, Value extends string> {
  /** How the tip came in, or what it is about. */
  dimension: Dimension;
  value: Value;
  onChange: (value: Value) => void;
  /** For a filter: "any" (the value 'all') before the others. */
  withAny?: boolean;
}

/** A tip's channel or category as a select, the same in the intake form and the map's filter. */
export function TipKindField<
  Dimension extends keyof Kinds,
  Value extends Kinds[Dimension] | 'all',
>({ dimension, value, onChange, withAny }: TipKindFieldProps<Dimension, Value>) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t(dimension === 'channel' ? 'tips.channel' : 'tips.category')}
      value={value}
      onChange={(next) => onChange(next as Value)}
    >
      {withAny && <option value="all">{t('tips.any')}</option>}
      {dimension === 'channel' ? (
        <Options values={tipChannels} label={(channel) => t(`tips.channels.${channel}`)} />
      ) : (
        <Options values={tipCategories} label={(category) => t(`tips.categories.${category}`)} />
      )}
    </SelectField>
  );
}
