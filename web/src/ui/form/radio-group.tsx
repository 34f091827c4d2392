import { useId } from 'react';
import { type ChoiceFrame, ChoiceGroup } from './choice';

interface RadioGroupProps<Value extends string> extends ChoiceFrame<Value> {
  /** The choice made, or null before the first. */
  value: Value | null;
  onChange: (value: Value) => void;
}

/** One choice among a few, all in sight (a select hides them behind a tap). */
export function RadioGroup<Value extends string>({
  value,
  onChange,
  name,
  ...group
}: RadioGroupProps<Value>) {
  const ownName = useId();
  return (
    <ChoiceGroup
      {...group}
      type="radio"
      name={name ?? ownName}
      isChosen={(option) => option === value}
      onChoose={(option) => onChange(option)}
    />
  );
}
