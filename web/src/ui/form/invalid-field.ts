/**
 * Whether a form may be sent as the browser sees it: a date field holding a day that does not
 * exist (or lies outside its bounds) marks itself invalid, as does an empty required field.
 * Forms keep `noValidate` (their own messages, in Vietnamese, under each field) and ask this
 * before sending; the first field at fault gets the focus.
 */
export function focusFirstInvalid(form: HTMLFormElement): boolean {
  const invalid = form.querySelector<HTMLElement>(':invalid:not(fieldset)');
  invalid?.focus();
  return invalid !== null;
}
