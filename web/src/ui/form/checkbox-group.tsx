import { Choice, type ChoiceFrame } from './choice';
import { FieldGroup } from './field-group';

interface CheckboxGroupProps<Value extends string | number> extends ChoiceFrame {
  /** Every choice, in the order shown. */
  options: readonly { value: Value; label: ChoiceFrame['legend'] }[];
  /** The values ticked, in any order. */
  value: readonly Value[];
  onChange: (value: Value[]) => void;
}

/** Several choices under one legend; ticking keeps the options' order in the value. */
export function CheckboxGroup<Value extends string | number>({
  options,
  value,
  onChange,
  className = 'choice-group',
  choiceClassName = 'choice',
  name,
  ...frame
}: CheckboxGroupProps<Value>) {
  const toggle = (option: Value, checked: boolean) =>
    onChange(
      options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))),
    );
  return (
    <FieldGroup {...frame} className={className}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="checkbox"
          className={choiceClassName}
          label={option.label}
          name={name}
          value={option.value}
          checked={value.includes(option.value)}
          onChange={(checked) => toggle(option.value, checked)}
        />
      ))}
    </FieldGroup>
  );
}
