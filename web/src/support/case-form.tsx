import { supportServices } from '@ntm/db/schema/values';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SupportCaseWithReferrals,
  type SupportService,
  supportClient,
} from '../api/support-client';
import { CheckboxGroup } from '../ui/form/checkbox-group';
import { DateField } from '../ui/form/date-field';
import { NamedOptions } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import { useDraft } from '../ui/form/use-draft';
import { problemText } from './support-text';

interface CaseFormProps {
  villages: { id: number; name: string }[];
  onCreated: (created: SupportCaseWithReferrals) => void;
  onCancel: () => void;
}

/** A new case: village, dates, needs, eligibility and a note warned against identifying text. */
export function CaseForm({ villages, onCreated, onCancel }: CaseFormProps) {
  const { t } = useTranslation();
  const today = vietnamToday();
  const { draft, bind } = useDraft({
    villageId: '',
    openedOn: today,
    consentOn: '',
    counselledOn: '',
  });
  const { villageId, openedOn, consentOn, counselledOn } = draft;
  const [note, setNote] = useState('');
  const [needs, setNeeds] = useState<SupportService[]>([]);
  const [eligible, setEligible] = useState(true);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needs.length === 0) {
      setProblem(t('support.form.needOne'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const created = await supportClient.create({
        villageId: villageId ? Number(villageId) : null,
        openedOn,
        needs: supportServices.filter((s) => needs.includes(s)),
        eligible,
        consentOn: consentOn || null,
        counselledOn: counselledOn || null,
        note: note.trim() || null,
      });
      onCreated(created);
    } catch (cause) {
      setProblem(t('support.failed', { reason: problemText(cause) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="support-form" onSubmit={submit} aria-labelledby="support-form-title">
      <h2 id="support-form-title" className="section-title">
        {t('support.form.title')}
      </h2>
      <p className="warning" id="support-note-warning">
        {t('support.form.warning')}
        <span className="support-warning-detail">{t('support.form.warningDetail')}</span>
      </p>
      <div className="support-form-grid">
        <SelectField
          label={t('support.form.village')}
          name="villageId"
          {...bind('villageId')}
          required
        >
          <option value="">{t('support.form.chooseVillage')}</option>
          <NamedOptions items={villages} />
        </SelectField>
        <DateField label={t('support.form.openedOn')} {...bind('openedOn')} max={today} required />
        <DateField
          label={t('support.form.consentOn')}
          {...bind('consentOn')}
          min={openedOn}
          max={today}
        />
        <DateField
          label={t('support.form.counselledOn')}
          {...bind('counselledOn')}
          min={openedOn}
          max={today}
        />
      </div>
      <CheckboxGroup
        className="support-needs"
        choiceClassName="support-check"
        name="needs"
        legend={t('support.form.needs')}
        options={supportServices.map((service) => ({
          value: service,
          label: t(`support.services.${service}`),
        }))}
        value={needs}
        onChange={setNeeds}
      />
      <label className="support-check support-eligible">
        <input
          type="checkbox"
          name="eligible"
          checked={eligible}
          onChange={(e) => setEligible(e.target.checked)}
        />
        {t('support.form.eligible')}
      </label>
      <label className="form-field">
        <span className="field-label">{t('support.form.note')}</span>
        <textarea
          name="note"
          rows={3}
          maxLength={1000}
          value={note}
          aria-describedby="support-note-warning"
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <p className="field-problem" role="alert">
        {problem}
      </p>
      <div className="support-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('support.form.saving') : t('support.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('support.cancel')}
        </button>
      </div>
    </form>
  );
}
