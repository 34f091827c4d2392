import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { maskTime, readTime, showTime } from './clock-time';
import { TypedTextField, type TypedTextFieldProps, type WrittenForm } from './typed-text-field';

/**
 * A time of day shown and typed as 24-hour HH:mm whatever the browser's language (an
 * <input type="time"> shows "07:00 PM" on an English system). The colon is put in while typing;
 * a time past 23:59 is said under the field. The form only ever sees "HH:mm" ("" for none).
 */
export function TimeField(props: TypedTextFieldProps) {
  const { t } = useTranslation();
  return <TypedTextField {...props} written={writtenTime(t)} inputClassName="time-input" />;
}

function writtenTime(t: TFunction): WrittenForm {
  return {
    input: { pattern: '\\d{1,2}:\\d{2}', maxLength: 5, placeholder: t('form.time.placeholder') },
    show: showTime,
    mask: maskTime,
    accept: (text) => {
      const reading = readTime(text);
      return reading.ok ? reading.time : '';
    },
    complete: (text) => /:\d{2}$/.test(text.trim()),
    problem: (text) => {
      const reading = readTime(text);
      if (reading.ok || reading.reason === 'empty') return null;
      return reading.reason === 'impossible'
        ? t('form.time.impossible', { text: text.trim() })
        : t('form.time.incomplete');
    },
  };
}
