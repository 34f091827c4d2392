import { type ChoiceFrame, ChoiceGroup } from './choice';

interface CheckboxGroupProps<Value extends string | number> extends ChoiceFrame<Value> {
  /** The values ticked, in any order. */
  value: readonly Value[];
  onChange: (value: Value[]) => void;
}

/** Several choices under one legend; ticking keeps the options' order in the value. */
export function CheckboxGroup<Value extends string | number>({
  value,
  onChange,
  ...group
}: CheckboxGroupProps<Value>) {
  return (
    <ChoiceGroup
      {...group}
      type="checkbox"
      isChosen={(option) => value.includes(option)}
      onChoose={(option, ticked) =>
        onChange(
          group.options
            .map((o) => o.value)
            .filter((v) => (v === option ? ticked : value.includes(v))),
        )
      }
    />
  );
}
