import { type FocusEvent, useId, useRef, useState } from 'react';
import { copyText } from './copy-text';

/**
 * A code shown once (a temporary password, a tracking code) in a read-only field, and its copy
 * button's state: `field` goes on the `<input>`, which selects the whole code when focused so it
 * can be copied by hand where the copy button fails.
 */
export function useCopyCode(code: string) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return {
    state,
    copy: async () => setState((await copyText(code, ref.current)) ? 'copied' : 'failed'),
    field: {
      ref,
      id,
      value: code,
      readOnly: true,
      spellCheck: false,
      autoComplete: 'off',
      onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select(),
    },
  };
}
