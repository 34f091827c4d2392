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
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { RadioGroup } from '../ui/form/radio-group';
import { TextAreaField, TextField } from '../ui/form/text-field';
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
      const field = found === 'contact' ? 'name' : found;
      event.currentTarget.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
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
        <RadioGroup
          legend={t('publicTip.category')}
          className="public-fieldset public-choices"
          choiceClassName="public-choice"
          name="category"
          options={tipCategories.map((value) => ({
            value,
            label: t(`publicTip.categories.${value}`),
          }))}
          value={category}
          onChange={setCategory}
          error={problem === 'category' ? t('publicTip.categoryMissing') : null}
        />

        <TextAreaField
          label={t('publicTip.description')}
          hint={t('publicTip.descriptionHint')}
          name="description"
          rows={5}
          maxLength={publicDescriptionLength.max}
          value={description}
          onChange={setDescription}
          error={
            problem === 'description'
              ? t('publicTip.descriptionShort', { min: publicDescriptionLength.min })
              : null
          }
        />

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
              <TextField
                label={t('publicTip.contactName')}
                name="name"
                autoComplete="name"
                maxLength={120}
                value={name}
                onChange={setName}
                error={problem === 'contact' ? t('publicTip.contactMissing') : null}
              />
              <TextField
                label={t('publicTip.contactPhone')}
                name="phone"
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                maxLength={20}
                value={phone}
                onChange={setPhone}
                error={problem === 'phone' ? t('publicTip.contactPhoneInvalid') : null}
              />
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

        <FormProblem text={failureText} />
        {sending && (
          <div className="public-progress" role="status">
            <progress max={100} value={percent} aria-label={t('publicTip.sending')} />
            <span>
              {percent > 0 ? t('publicTip.sendingPercent', { percent }) : t('publicTip.sending')}
            </span>
          </div>
        )}
        <SubmitButton
          pending={sending !== null}
          pendingLabel={t('publicTip.sending')}
          className="button public-submit"
        >
          {t('publicTip.submit')}
        </SubmitButton>
        <p className="muted public-hint public-hotline">{t('publicTip.hotline')}</p>
      </form>
    </div>
  );
}
