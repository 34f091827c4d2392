import type { ReactNode } from 'react';
import { FieldGroup } from './field-group';

/** What a group of choices takes besides its value: the words around them and its layout. */
export interface ChoiceFrame<Value extends string | number> {
  legend: ReactNode;
  /** Every choice, in the order shown. */
  options: readonly { value: Value; label: ReactNode }[];
  hint?: ReactNode;
  error?: string | null;
  /** The fieldset's class, for a form's own layout ("choice-group": one choice a line). */
  className?: string;
  /** Extra class on each choice's label, where a form lays choices out its own way. */
  choiceClassName?: string;
  /** The inputs' name, for a form read as FormData or a focus moved to the group. */
  name?: string;
}

/**
 * Boxes or round buttons under one legend, each with its words beside it (a press on them
 * also chooses); the CheckboxGroup and the RadioGroup say which are chosen and what a press does.
 */
export function ChoiceGroup<Value extends string | number>({
  type,
  options,
  isChosen,
  onChoose,
  className = 'choice-group',
  choiceClassName = 'choice',
  name,
  ...frame
}: ChoiceFrame<Value> & {
  type: 'checkbox' | 'radio';
  isChosen: (value: Value) => boolean;
  onChoose: (value: Value, chosen: boolean) => void;
}) {
  return (
    <FieldGroup {...frame} className={className}>
      {options.map((option) => (
        <label key={option.value} className={choiceClassName}>
          <input
            type={type}
            name={name}
            value={option.value}
            checked={isChosen(option.value)}
            onChange={(event) => onChoose(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </FieldGroup>
  );
}

/** The options of a RadioGroup or CheckboxGroup: each value, in the order given, with its words. */
export function choices<Value extends string | number>(
  values: readonly Value[],
  label: (value: Value) => ReactNode,
): { value: Value; label: ReactNode }[] {
  return values.map((value) => ({ value, label: label(value) }));
}
