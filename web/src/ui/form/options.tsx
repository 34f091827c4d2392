interface OptionsProps<Value extends string | number> {
  values: readonly Value[];
  /** What an option says; the value itself if left out. */
  label?: (value: Value) => string;
}

/**
 * The <option>s of a SelectField, one for each value in the order given, with its words; a
 * form adds its own empty choice or groups before or around them.
 */
export function Options<Value extends string | number>({
  values,
  label = String,
}: OptionsProps<Value>) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

/** A select's `<option>`s for things with an id and a name (villages, agencies): the name shown. */
export function NamedOptions({ items }: { items: readonly { id: number; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
