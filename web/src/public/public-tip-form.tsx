import { publicDescriptionLength } from '@ntm/api/schemas/public-tip';
import { tipCategories } from '@ntm/db/schema/values';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../api/geo-types';
import type {
  PublicCommune,
  PublicFailure,
  PublicTipClient,
  PublicVillages,
  TipCategory,
} from '../api/public-tip-client';
import { formatWait } from '../i18n/format';
import { type LngLat, LocationPicker } from './location-picker';
import type { PhotoProblem } from './photo-checks';
import { PhotoField } from './photo-field';
import { TrackingCodeCard } from './tracking-code-card';

interface PublicTipFormProps {
  client: PublicTipClient;
  config: AppConfig | null;
  commune: PublicCommune | null;
  villages: PublicVillages | null;
  onSent: (code: string) => void;
  onLookup: () => void;
}

type Problem = 'category' | 'description' | 'contact' | 'phone' | null;
const phonePattern = /^\+?[0-9 .-]{6,20}$/;

/** The public form: anonymous by default, what and where, optional photos, then the code. */
export function PublicTipForm(props: PublicTipFormProps) {
  const { client, config, commune, villages, onSent, onLookup } = props;
  const { t } = useTranslation();
  const id = useId();
  const [category, setCategory] = useState<TipCategory | null>(null);
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState<LngLat | null>(null);
  const [outside, setOutside] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [photoProblems, setPhotoProblems] = useState<PhotoProblem[]>([]);
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [website, setWebsite] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [sending, setSending] = useState<{ share: number } | null>(null);
  const [failure, setFailure] = useState<PublicFailure | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  function reset() {
    setCategory(null);
    setDescription('');
    setLocation(null);
    setFiles([]);
    setAnonymous(true);
    setName('');
    setPhone('');
    setCode(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const found: Problem = !category
      ? 'category'
      : description.trim().length < publicDescriptionLength.min
        ? 'description'
        : !anonymous && !name.trim() && !phone.trim()
          ? 'contact'
          : !anonymous && phone.trim() && !phonePattern.test(phone.trim())
            ? 'phone'
            : null;
    setProblem(found);
    setFailure(null);
    if (found || !category) {
      document.getElementById(`${id}-${found}`)?.focus();
      return;
    }
    setSending({ share: 0 });
    const result = await client.file(
      {
        category,
        description: description.trim(),
        location: location ? { type: 'Point', coordinates: location } : null,
        anonymous,
        contact: anonymous ? null : { name: name.trim() || null, phone: phone.trim() || null },
        website,
        files,
      },
      (share) => setSending({ share }),
    );
    setSending(null);
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    setCode(result.value);
    onSent(result.value);
    topRef.current?.scrollIntoView({ block: 'start' });
  }

  if (code) {
    return (
      <div ref={topRef}>
        <TrackingCodeCard code={code} onLookup={onLookup} onAnother={reset} />
      </div>
    );
  }

  const failureText = !failure
    ? null
    : failure.kind === 'network'
      ? t('publicTip.failedNetwork')
      : failure.status === 429
        ? t('publicTip.failedRateLimited', { wait: formatWait(failure.retryAfterSeconds ?? 3600) })
        : t('publicTip.failed', { message: failure.message ?? `HTTP ${failure.status}` });
  const percent = sending ? Math.round(sending.share * 100) : 0;

  return (
    <div ref={topRef}>
      <p className="public-intro">{t('publicTip.intro')}</p>
      <form className="public-card" noValidate onSubmit={submit} aria-busy={sending !== null}>
        <fieldset className="public-fieldset">
          <legend>{t('publicTip.category')}</legend>
          <div className="public-choices" id={`${id}-category`} tabIndex={-1}>
            {tipCategories.map((value) => (
              <label key={value} className="public-choice">
                <input
                  type="radio"
                  name="category"
                  value={value}
                  checked={category === value}
                  onChange={() => setCategory(value)}
                />
                {t(`publicTip.categories.${value}`)}
              </label>
            ))}
          </div>
          {problem === 'category' && <p className="form-error">{t('publicTip.categoryMissing')}</p>}
        </fieldset>

        <div className="form-field">
          <label htmlFor={`${id}-description`}>{t('publicTip.description')}</label>
          <span className="muted public-hint">{t('publicTip.descriptionHint')}</span>
          <textarea
            id={`${id}-description`}
            rows={5}
            maxLength={publicDescriptionLength.max}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            aria-invalid={problem === 'description' || undefined}
          />
          {problem === 'description' && (
            <p className="form-error">
              {t('publicTip.descriptionShort', { min: publicDescriptionLength.min })}
            </p>
          )}
        </div>

        <fieldset className="public-fieldset">
          <legend>{t('publicTip.location')}</legend>
          <p className="muted public-hint">{t('publicTip.locationHint')}</p>
          <LocationPicker
            config={config}
            commune={commune}
            villages={villages}
            value={location}
            onPick={(lngLat) => {
              setLocation(lngLat);
              setOutside(false);
            }}
            onOutside={() => setOutside(true)}
          />
          <div className="public-location-state" role="status">
            {outside ? (
              <p className="form-error">{t('publicTip.locationOutside')}</p>
            ) : location ? (
              <p className="public-chosen">
                <span>
                  <span className="public-dot" aria-hidden="true" />
                  {t('publicTip.locationChosen')}
                </span>
                <button
                  type="button"
                  className="link-button public-link-button"
                  onClick={() => setLocation(null)}
                >
                  {t('publicTip.locationClear')}
                </button>
              </p>
            ) : null}
          </div>
        </fieldset>

        <PhotoField
          files={files}
          problems={photoProblems}
          onChange={(next, problems) => {
            setFiles(next);
            setPhotoProblems(problems);
          }}
        />

        <div className="public-fieldset">
          <label className="public-switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={anonymous}
              checked={anonymous}
              onChange={(event) => setAnonymous(event.currentTarget.checked)}
            />
            <span className="public-switch-track" aria-hidden="true" />
            <span className="public-switch-label">{t('publicTip.anonymous')}</span>
          </label>
          <p className="muted public-hint">
            {t(anonymous ? 'publicTip.anonymousOn' : 'publicTip.anonymousOff')}
          </p>
          {!anonymous && (
            <div className="public-contact">
              <div className="form-field">
                <label htmlFor={`${id}-contact`}>{t('publicTip.contactName')}</label>
                <input
                  id={`${id}-contact`}
                  autoComplete="name"
                  maxLength={120}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                />
              </div>
              <div className="form-field">
                <label htmlFor={`${id}-phone`}>{t('publicTip.contactPhone')}</label>
                <input
                  id={`${id}-phone`}
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  maxLength={20}
                  value={phone}
                  onChange={(event) => setPhone(event.currentTarget.value)}
                  aria-invalid={problem === 'phone' || undefined}
                />
              </div>
              {(problem === 'contact' || problem === 'phone') && (
                <p className="form-error">
                  {t(
                    problem === 'contact'
                      ? 'publicTip.contactMissing'
                      : 'publicTip.contactPhoneInvalid',
                  )}
                </p>
              )}
            </div>
          )}
        </div>

        {/* People never see this field; bots fill it in, and their tips are dropped. */}
        <div className="public-hp" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t('publicTip.honeypot')}</label>
          <input
            id={`${id}-website`}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.currentTarget.value)}
          />
        </div>

        <div role="alert">{failureText && <p className="form-error">{failureText}</p>}</div>
        {sending && (
          <div className="public-progress" role="status">
            <progress max={100} value={percent} aria-label={t('publicTip.sending')} />
            <span>
              {percent > 0 ? t('publicTip.sendingPercent', { percent }) : t('publicTip.sending')}
            </span>
          </div>
        )}
        <button
          type="submit"
          className="button public-submit"
          aria-disabled={sending !== null || undefined}
        >
          {sending && <span className="spinner spinner-small" aria-hidden="true" />}
          {t(sending ? 'publicTip.sending' : 'publicTip.submit')}
        </button>
        <p className="muted public-hint public-hotline">{t('publicTip.hotline')}</p>
      </form>
    </div>
  );
}
