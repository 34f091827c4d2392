import { teamAgencies } from '@ntm/api/schemas/inspection';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../api/inspection-client';
import { FieldGroup } from '../ui/form/field-group';

interface TeamFieldsetProps {
  team: TeamMember[];
  onChange: (team: TeamMember[]) => void;
  /** The field's error message, if any. */
  error?: string | null;
}

/** The inter-agency team: one row per member, name and agency; for scheduling and recording. */
export function TeamFieldset({ team, onChange, error }: TeamFieldsetProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<TeamMember>) =>
    onChange(team.map((member, i) => (i === index ? { ...member, ...patch } : member)));
  return (
    <FieldGroup legend={t('inspections.form.team')} error={error} className="team-fieldset">
      {team.map((member, index) => (
        // By place: a new member has no name yet, and two may have the same.
        <div className="team-row" key={index}>
          <input
            aria-label={`${t('inspections.form.memberName')} ${index + 1}`}
            placeholder={t('inspections.form.memberName')}
            value={member.name}
            onChange={(e) => change(index, { name: e.target.value })}
          />
          <select
            aria-label={`${t('inspections.form.memberAgency')} ${index + 1}`}
            value={member.agency}
            onChange={(e) =>
              change(index, { agency: e.target.value as (typeof teamAgencies)[number] })
            }
          >
            {teamAgencies.map((agency) => (
              <option key={agency} value={agency}>
                {agency}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary team-remove"
            aria-label={t('inspections.form.removeMember', { name: member.name || index + 1 })}
            onClick={() => onChange(team.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...team, { name: '', agency: 'Công an xã' }])}
      >
        {t('inspections.form.addMember')}
      </button>
    </FieldGroup>
  );
}
