import { vietnamYear } from '@ntm/domain/clock/vietnam-day';
import { PageHeading } from '../ui/page-heading';
import { YearStepper } from '../ui/year-stepper';
import './plan-records.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import type { AppConfig } from '../api/geo-types';
import { mayCall } from '../auth/permissions';
import { CommunicationSection } from './communication-section';
import { PlanDocumentSection } from './plan-document-section';
import { SubmissionsSection } from './submissions-section';
import { TrainingSection } from './training-section';

const firstYear = 2020;
const lastYear = 2035;
const sections = ['plan', 'training', 'communication', 'reports'] as const;
type SectionKey = (typeof sections)[number];
/** `?muc=` in the address opens a section directly (for links from the indicator dashboard). */
const slugs: Record<SectionKey, string> = {
  plan: 'ke-hoach',
  training: 'tap-huan',
  communication: 'truyen-thong',
  reports: 'bao-cao',
};

/** This year in Vietnam (UTC+7), whatever the device's zone. */

interface PlanRecordsPageProps {
  session: Session;
  search: string;
  config: AppConfig | null;
}

/**
 * Theo dõi kế hoạch: the records the plan's indicators are computed from, one section at a
 * time (tabs), for the health station (which records most of them) and culture (which records
 * communication activities and reads the rest).
 */
export function PlanRecordsPage({ session, search, config }: PlanRecordsPageProps) {
  const { t } = useTranslation();
  const asked = new URLSearchParams(search).get('muc');
  const initial = sections.find((s) => slugs[s] === asked) ?? 'plan';
  const [section, setSection] = useState<SectionKey>(initial);
  const [year, setYear] = useState(() => Math.min(lastYear, Math.max(firstYear, vietnamYear())));
  const may = (route: string) => mayCall(session.role, route);

  function choose(next: SectionKey) {
    setSection(next);
    const url = new URL(window.location.href);
    url.searchParams.set('muc', slugs[next]);
    window.history.replaceState(window.history.state, '', url);
  }

  return (
    <div className="plan-records-page">
      <PageHeading title={t('planRecords.title')} intro={t('planRecords.intro')}>
        <YearStepper year={year} firstYear={firstYear} lastYear={lastYear} onChange={setYear} />
      </PageHeading>
      <div className="plan-tabs" role="tablist" aria-label={t('planRecords.sections')}>
        {sections.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`plan-tab-${key}`}
            aria-selected={section === key}
            aria-controls={`plan-panel-${key}`}
            className={`plan-tab${section === key ? ' is-current' : ''}`}
            onClick={() => choose(key)}
          >
            {t(`planRecords.tabs.${key}`)}
          </button>
        ))}
      </div>
      <section
        className="plan-panel"
        role="tabpanel"
        id={`plan-panel-${section}`}
        aria-labelledby={`plan-tab-${section}`}
      >
        {section === 'plan' && (
          <PlanDocumentSection year={year} mayAdd={may('POST /api/plan-documents')} />
        )}
        {section === 'training' && (
          <TrainingSection year={year} mayRecord={may('POST /api/trainings')} />
        )}
        {section === 'communication' && (
          <CommunicationSection
            year={year}
            config={config}
            mayEdit={may('POST /api/communication-activities')}
          />
        )}
        {section === 'reports' && (
          <SubmissionsSection year={year} mayRecord={may('POST /api/report-submissions')} />
        )}
      </section>
    </div>
  );
}
