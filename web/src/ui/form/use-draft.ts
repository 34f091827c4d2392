import { useState } from 'react';
import { type FieldErrors, noFieldErrors } from './field-errors';

/** The keys of a draft whose values are text, as a field of the kit types and hands back. */
type TextKey<Draft> = {
  [Key in keyof Draft]: Draft[Key] extends string ? Key : never;
}[keyof Draft] &
  string;

/**
 * A form's draft, and `bind(key)` for each of its text fields: the value, the API's error for
 * that field, and the onChange that writes the draft back: `<TextField label=… {...bind('title')} />`.
 */
export function useDraft<Draft extends object>(start: Draft, errors: FieldErrors = noFieldErrors) {
  const [draft, setDraft] = useState(start);
  function bind<Key extends TextKey<Draft>>(key: Key) {
    return {
      value: draft[key] as string,
      error: errors[key],
      onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
    };
  }
  return { draft, setDraft, bind };
}
