import './password-field.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, splitFrame } from './form-field';
import type { TextFieldProps } from './text-field';

type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'value' | 'autoComplete'> & {
  value: string;
  /** What a password manager offers: the saved password, or a new one to remember. */
  autoComplete: 'current-password' | 'new-password';
};

/**
 * A password, with a button that shows it while typing on a phone's small keys. Nothing is
 * corrected or capitalised: a password is typed as it is.
 */
export function PasswordField(props: PasswordFieldProps) {
  const [frame, { value, onChange, ...input }] = splitFrame(props);
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <FormField {...frame}>
      {(aria) => (
        <div className="password-field">
          <input
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            {...input}
            {...aria}
            className="password-input"
            type={shown ? 'text' : 'password'}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <button
            type="button"
            className="password-toggle"
            aria-pressed={shown}
            aria-controls={aria.id}
            aria-label={t(shown ? 'form.password.hideLabel' : 'form.password.showLabel')}
            onClick={() => setShown((was) => !was)}
          >
            {t(shown ? 'form.password.hide' : 'form.password.show')}
          </button>
        </div>
      )}
    </FormField>
  );
}
