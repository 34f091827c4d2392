import { useId } from 'react';
import { Choice, type ChoiceFrame } from './choice';
import { FieldGroup } from './field-group';

interface RadioGroupProps<Value extends string> extends ChoiceFrame {
  /** Every choice, in the order shown. */
  options: readonly { value: Value; label: ChoiceFrame['legend'] }[];
  /** The choice made, or null before the first. */
  value: Value | null;
  onChange: (value: Value) => void;
}

/** One choice among a few, all in sight (a select hides them behind a tap). */
export function RadioGroup<Value extends string>({
  options,
  value,
  onChange,
  className = 'choice-group',
  choiceClassName = 'choice',
  name,
  ...frame
}: RadioGroupProps<Value>) {
  const ownName = useId();
  return (
    <FieldGroup {...frame} className={className}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          className={choiceClassName}
          label={option.label}
          name={name ?? ownName}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
    </FieldGroup>
  );
}
