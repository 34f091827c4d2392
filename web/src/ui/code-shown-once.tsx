import { useId, useRef, useState } from 'react';
import { copyText } from './copy-text';

interface CodeShownOnceTexts {
  intro: string;
  label: string;
  copy: string;
  copied: string;
  /** What to do when the button could not copy. */
  copyFailed: string;
  /** That the code will not be shown again. */
  warning: string;
}

/** A temporary password in a dialog, beside its button; a tracking code big, above a wide one. */
const looks = {
  password: {
    label: 'field-label',
    row: 'secret-row',
    field: 'secret',
    button: 'button button-secondary',
    warning: 'warning',
  },
  'tracking-code': {
    label: 'visually-hidden',
    row: 'public-code-row',
    field: 'public-code',
    button: 'button button-secondary public-wide',
    warning: 'public-warning',
  },
} as const;

interface CodeShownOnceProps {
  code: string;
  texts: CodeShownOnceTexts;
  look: keyof typeof looks;
}

/**
 * A code the server keeps only as a hash, so this is the one time it is shown: in a read-only
 * field with a copy button, and a warning to write it down. The field selects the whole code
 * when focused, so it can be copied by hand where the button fails (a plain-HTTP page).
 */
export function CodeShownOnce({ code, texts, look }: CodeShownOnceProps) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const classes = looks[look];
  return (
    <>
      <p>{texts.intro}</p>
      <label className={classes.label} htmlFor={id}>
        {texts.label}
      </label>
      <div className={classes.row}>
        <input
          ref={fieldRef}
          id={id}
          className={classes.field}
          value={code}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className={classes.button}
          onClick={async () =>
            setCopy((await copyText(code, fieldRef.current)) ? 'copied' : 'failed')
          }
        >
          {copy === 'copied' ? texts.copied : texts.copy}
        </button>
      </div>
      <p className="field-problem" role="status">
        {copy === 'failed' ? texts.copyFailed : ''}
      </p>
      {/* In the dialog the warning is said at once; on the public page it is part of the card. */}
      <p className={classes.warning} role={look === 'password' ? 'alert' : 'note'}>
        <span aria-hidden="true">⚠ </span>
        {texts.warning}
      </p>
    </>
  );
}
