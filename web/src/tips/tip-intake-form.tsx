import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewTip, TipCategory, TipChannel } from '../api/tip-client';
import { acceptAttribute, addPhotos } from '../public/photo-checks';
import { photoProblemText } from '../public/photo-problem-text';
import { CheckboxField } from '../ui/form/checkbox-field';
import { ChosenFiles } from '../ui/form/chosen-files';
import { FileField } from '../ui/form/file-field';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { FormButtons } from '../ui/form/form-buttons';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { TextAreaField, TextField } from '../ui/form/text-field';
import { TitledForm } from '../ui/form/titled-form';
import { TipKindField } from './tip-kind-field';

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
    if (sending) return;
    if (description.trim().length < 5) return setProblem(t('intake.descriptionMissing'));
    if (!place.hasPoint && !place.businessName && !address.trim())
      return setProblem(t('intake.placeMissing'));
    if (named && phone.trim() && !phonePattern.test(phone.trim()))
      return setProblem(t('edit.badPhone'));
    const { files, problems } = addPhotos([], photos);
    if (problems[0]) return setProblem(photoProblemText(t, problems[0], 'tipFiles'));
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

  return (
    <TitledForm
      className="business-form tip-intake-form"
      title={t('intake.title')}
      onSubmit={submit}
    >
      <p className="muted">
        {place.businessName
          ? t('intake.atBusiness', { name: place.businessName })
          : place.hasPoint
            ? t('intake.atPoint')
            : t('intake.noPoint')}
      </p>
      <TipKindField dimension="channel" value={channel} onChange={setChannel} />
      <TipKindField dimension="category" value={category} onChange={setCategory} />
      <TextAreaField
        label={t('tips.description')}
        required
        rows={4}
        maxLength={4000}
        value={description}
        onChange={setDescription}
      />
      {place.hasPoint && (
        <SelectField
          label={t('intake.precision')}
          value={precision}
          onChange={(value) => setPrecision(Number(value))}
        >
          <Options
            values={precisions}
            label={(meters) => (meters === 0 ? t('intake.exact') : t('intake.within', { meters }))}
          />
        </SelectField>
      )}
      <TextField label={t('tips.address')} value={address} maxLength={300} onChange={setAddress} />
      <FileField
        legend={t('tipFiles.title')}
        addLabel={`+ ${t('tipFiles.add')}`}
        accept={acceptAttribute}
        multiple
        onAdd={(added) => setPhotos([...photos, ...added])}
      >
        <ChosenFiles
          files={photos}
          onRemove={(index) => setPhotos(photos.filter((_, i) => i !== index))}
        />
      </FileField>
      <CheckboxField
        label={t('intake.named')}
        className="toggle-label tips-toggle"
        checked={named}
        onChange={setNamed}
      />
      {named && (
        <>
          <p className="muted">{t('intake.reporterNote')}</p>
          <TextField
            label={t('tips.reporterName')}
            value={name}
            autoComplete="off"
            onChange={setName}
          />
          <TextField
            label={t('tips.reporterPhone')}
            value={phone}
            inputMode="tel"
            autoComplete="off"
            onChange={setPhone}
          />
        </>
      )}
      <FormProblem text={problem ?? error} />
      <FormButtons onCancel={onCancel}>
        <SubmitButton pending={sending} pendingLabel={t('edit.sending')}>
          {t('intake.submit')}
        </SubmitButton>
      </FormButtons>
    </TitledForm>
  );
}
