import { teamAgencies } from '@ntm/api/schemas/inspection';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../api/inspection-client';

interface TeamFieldsetProps {
  team: TeamMember[];
  onChange: (team: TeamMember[]) => void;
  /** The field's error message, if any. */
  error?: ReactNode;
}

/** The inter-agency team: one row per member, name and agency; for scheduling and recording. */
export function TeamFieldset({ team, onChange, error }: TeamFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="team-fieldset">
      <legend>{t('inspections.form.team')}</legend>
      {team.map((member, index) => (
        <div className="team-row" key={index}>
          <input
            aria-label={`${t('inspections.form.memberName')} ${index + 1}`}
            placeholder={t('inspections.form.memberName')}
            value={member.name}
            onChange={(e) =>
              onChange(team.map((m, i) => (i === index ? { ...m, name: e.target.value } : m)))
            }
          />
          <select
            aria-label={`${t('inspections.form.memberAgency')} ${index + 1}`}
            value={member.agency}
            onChange={(e) =>
              onChange(
                team.map((m, i) =>
                  i === index
                    ? { ...m, agency: e.target.value as (typeof teamAgencies)[number] }
                    : m,
                ),
              )
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
      {error}
    </fieldset>
  );
}
