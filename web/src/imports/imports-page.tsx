import './imports.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import { geoClient } from '../api/geo-client';
import type { AppConfig, CommuneFeature, VillageCollection } from '../api/geo-types';
import { importClient, uploadImport } from '../api/import-client';
import { PageHeading } from '../ui/page-heading';
import { CheckStep, type PreviewChange } from './check-step';
import { DoneStep } from './done-step';
import { type FileChoice, FileStep } from './file-step';
import { importFailureText } from './import-failure';
import { ImportHistory } from './import-history';
import { importKindsFor } from './import-kinds';
import { initialWizard, wizardReducer, wizardSteps } from './import-wizard';
import { PreviewStep } from './preview-step';

interface ImportsPageProps {
  session: Session;
  config: AppConfig | null;
}

/**
 * "Nhập dữ liệu" (/nhap-du-lieu): a file of the commune's own data in four steps — choose and
 * upload it, check what was found (system, encoding, columns), preview every row's verdict on
 * a map and in a table, commit — and the earlier imports, each undoable as a whole.
 */
export function ImportsPage({ session, config }: ImportsPageProps) {
  const { t } = useTranslation();
  const kinds = useMemo(() => importKindsFor(session.role), [session.role]);
  const [state, dispatch] = useReducer(wizardReducer, initialWizard);
  const [stamp, setStamp] = useState(0);
  const [commune, setCommune] = useState<CommuneFeature | null>(null);
  const [villages, setVillages] = useState<VillageCollection | null>(null);
  const today = vietnamToday();

  // The preview map's outline and villages; the map draws without them if they fail.
  useEffect(() => {
    const controller = new AbortController();
    geoClient.commune(controller.signal).then(setCommune, () => undefined);
    geoClient.villages(controller.signal).then(setVillages, () => undefined);
    return () => controller.abort();
  }, [stamp]);

  const upload = useCallback(
    async (choice: FileChoice) => {
      dispatch({ type: 'upload-started', totalBytes: choice.file.size });
      try {
        const preview = await uploadImport(
          { file: choice.file, kind: choice.kind, validFrom: choice.validFrom ?? undefined },
          {
            onProgress: (loadedBytes, totalBytes) =>
              dispatch({ type: 'upload-progress', progress: { loadedBytes, totalBytes } }),
            onSent: () => dispatch({ type: 'upload-sent' }),
          },
        );
        dispatch({ type: 'previewed', preview });
        setStamp((n) => n + 1);
      } catch (error) {
        dispatch({ type: 'failed', message: importFailureText(t, error) });
      }
    },
    [t],
  );

  const previewId = state.step === 'choose' ? null : state.preview.id;
  const change = useCallback(
    async (next: PreviewChange) => {
      if (previewId === null) return;
      dispatch({ type: 'recompute-started' });
      try {
        dispatch({ type: 'previewed', preview: await importClient.change(previewId, next) });
      } catch (error) {
        dispatch({ type: 'failed', message: importFailureText(t, error) });
      }
    },
    [previewId, t],
  );

  const commit = useCallback(async () => {
    if (previewId === null) return;
    dispatch({ type: 'commit-started' });
    try {
      dispatch({ type: 'committed', preview: await importClient.commit(previewId) });
      setStamp((n) => n + 1);
    } catch (error) {
      dispatch({ type: 'failed', message: importFailureText(t, error) });
    }
  }, [previewId, t]);

  const restart = useCallback(() => dispatch({ type: 'restart' }), []);
  const current = wizardSteps.indexOf(state.step);

  return (
    <div className="imports-page">
      <PageHeading title={t('imports.title')} intro={t('imports.intro')} />
      {kinds.length === 0 ? (
        <p className="notice">{t('imports.choose.noKinds')}</p>
      ) : (
        <>
          <ol className="import-steps" aria-label={t('imports.steps.label')}>
            {wizardSteps.map((step, index) => (
              <li
                key={step}
                className={
                  index === current ? 'is-current' : index < current ? 'is-past' : undefined
                }
                aria-current={index === current ? 'step' : undefined}
              >
                <span className="import-step-number" aria-hidden="true">
                  {index < current ? '✓' : index + 1}
                </span>
                {t(`imports.steps.${step}`)}
              </li>
            ))}
          </ol>
          {state.step === 'choose' && (
            <FileStep kinds={kinds} today={today} state={state} onUpload={(c) => void upload(c)} />
          )}
          {state.step === 'check' && (
            <CheckStep
              preview={state.preview}
              busy={state.busy !== null}
              error={state.error}
              onChange={(c) => void change(c)}
              onNext={() => dispatch({ type: 'show-preview' })}
              onRestart={restart}
            />
          )}
          {state.step === 'preview' && (
            <PreviewStep
              client={importClient}
              config={config}
              commune={commune}
              villages={villages}
              preview={state.preview}
              busy={state.busy !== null}
              error={state.error}
              onBack={() => dispatch({ type: 'back-to-check' })}
              onCommit={() => void commit()}
            />
          )}
          {state.step === 'done' && <DoneStep preview={state.preview} onRestart={restart} />}
          <ImportHistory
            client={importClient}
            kinds={kinds}
            stamp={stamp}
            onUndone={(id) => {
              setStamp((n) => n + 1);
              // The result on show was just undone: it no longer says what is in the registry.
              if (state.step === 'done' && state.preview.id === id) dispatch({ type: 'restart' });
            }}
          />
        </>
      )}
    </div>
  );
}
