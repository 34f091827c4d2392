/**
 * The <option>s of a SelectField, one for each value in the order given, with its words; a
 * form adds its own empty choice or groups before or around them.
 */
export function Options<Value extends string | number>({
  values,
  label,
}: {
  values: readonly Value[];
  label: (value: Value) => string;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
