import { tipCategories, tipChannels } from '@ntm/db/schema/values';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewTip, TipCategory, TipChannel } from '../api/tip-client';
import { acceptAttribute, addPhotos } from '../public/photo-checks';
import { photoProblemText } from './photo-problem-text';

const precisions = [0, 50, 200, 500] as const;
const phonePattern = /^\+?[0-9 .-]{6,20}$/;

interface TipIntakeFormProps {
  /** What the place is: a point, a business, or nothing yet (then the address is required). */
  place: { businessName: string | null; hasPoint: boolean };
  sending: boolean;
  error: string | null;
  onSubmit: (tip: Omit<NewTip, 'location' | 'businessId'>, files: File[]) => void;
  onCancel: () => void;
}

/** Taking a tip in: how it came, what it is about, how exact the place is, and who gave it. */
export function TipIntakeForm({ place, sending, error, onSubmit, onCancel }: TipIntakeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<TipChannel>('hotline');
  const [category, setCategory] = useState<TipCategory>('nghi-mua-ban-dam');
  const [description, setDescription] = useState('');
  const [precision, setPrecision] = useState<number>(0);
  const [address, setAddress] = useState('');
  const [named, setNamed] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (description.trim().length < 5) return setProblem(t('intake.descriptionMissing'));
    if (!place.hasPoint && !place.businessName && !address.trim())
      return setProblem(t('intake.placeMissing'));
    if (named && phone.trim() && !phonePattern.test(phone.trim()))
      return setProblem(t('edit.badPhone'));
    const { files, problems } = addPhotos([], photos);
    if (problems[0]) return setProblem(photoProblemText(t, problems[0]));
    setProblem(null);
    onSubmit(
      {
        channel,
        category,
        description: description.trim(),
        precisionMeters: place.hasPoint ? precision : 0,
        address: address.trim() || null,
        ...(named && (name.trim() || phone.trim())
          ? { reporter: { name: name.trim() || null, phone: phone.trim() || null } }
          : {}),
      },
      files,
    );
  }

  const select = <T extends string>(
    key: string,
    label: string,
    value: T,
    values: readonly T[],
    labelOf: (v: T) => string,
    set: (v: T) => void,
  ) => (
    <label className="form-field" htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      <select id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value as T)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="business-form tip-intake-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('intake.title')}</h2>
      <p className="muted">
        {place.businessName
          ? t('intake.atBusiness', { name: place.businessName })
          : place.hasPoint
            ? t('intake.atPoint')
            : t('intake.noPoint')}
      </p>
      {select(
        'channel',
        t('tips.channel'),
        channel,
        tipChannels,
        (v) => t(`tips.channels.${v}`),
        setChannel,
      )}
      {select(
        'category',
        t('tips.category'),
        category,
        tipCategories,
        (v) => t(`tips.categories.${v}`),
        setCategory,
      )}
      <label className="form-field" htmlFor={`${id}-description`}>
        <span>{t('tips.description')}</span>
        <textarea
          id={`${id}-description`}
          rows={4}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      {place.hasPoint &&
        select(
          'precision',
          t('intake.precision'),
          String(precision),
          precisions.map(String),
          (v) => (v === '0' ? t('intake.exact') : t('intake.within', { meters: v })),
          (v) => setPrecision(Number(v)),
        )}
      <label className="form-field" htmlFor={`${id}-address`}>
        <span>{t('tips.address')}</span>
        <input
          id={`${id}-address`}
          value={address}
          maxLength={300}
          onChange={(e) => setAddress(e.target.value)}
        />
      </label>
      <label className="form-field" htmlFor={`${id}-files`}>
        <span>{t('tipFiles.title')}</span>
        <input
          id={`${id}-files`}
          type="file"
          accept={acceptAttribute}
          multiple
          onChange={(e) => setPhotos([...(e.target.files ?? [])])}
        />
      </label>
      <label className="toggle-label tips-toggle">
        <input type="checkbox" checked={named} onChange={(e) => setNamed(e.target.checked)} />
        {t('intake.named')}
      </label>
      {named && (
        <>
          <p className="muted">{t('intake.reporterNote')}</p>
          <label className="form-field" htmlFor={`${id}-name`}>
            <span>{t('tips.reporterName')}</span>
            <input
              id={`${id}-name`}
              value={name}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="form-field" htmlFor={`${id}-phone`}>
            <span>{t('tips.reporterPhone')}</span>
            <input
              id={`${id}-phone`}
              value={phone}
              inputMode="tel"
              autoComplete="off"
              onChange={(e) => setPhone(e.target.value)}
            />
          </label>
        </>
      )}
      {(problem ?? error) && (
        <p className="form-error" role="alert">
          {problem ?? error}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="button" disabled={sending} aria-busy={sending}>
          {sending ? t('edit.sending') : t('intake.submit')}
        </button>
      </div>
    </form>
  );
}
