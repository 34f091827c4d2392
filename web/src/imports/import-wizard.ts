import type { ImportPreview } from '@ntm/api/imports/contract';
import type { UploadProgress } from './upload-progress';

// The "Nhập dữ liệu" screen's steps as one state machine, pure so it is tested without a
// browser: choose a file → upload (progress) → the server reads it → check (system, encoding,
// mapping) → preview (verdicts) → commit → done. A refusal at any step keeps the user where
// they were, with the API's Vietnamese message.

export type WizardStep = 'choose' | 'check' | 'preview' | 'done';

export type WizardState =
  | {
      step: 'choose';
      sending: null | { phase: 'uploading'; progress: UploadProgress } | { phase: 'reading' };
      error: string | null;
    }
  | {
      step: 'check' | 'preview';
      preview: ImportPreview;
      busy: null | 'recomputing' | 'committing';
      error: string | null;
    }
  | { step: 'done'; preview: ImportPreview };

export type WizardAction =
  | { type: 'upload-started'; totalBytes: number }
  | { type: 'upload-progress'; progress: UploadProgress }
  | { type: 'upload-sent' }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'failed'; message: string }
  | { type: 'recompute-started' }
  | { type: 'show-preview' }
  | { type: 'back-to-check' }
  | { type: 'commit-started' }
  | { type: 'committed'; preview: ImportPreview }
  | { type: 'restart' };

export const initialWizard: WizardState = { step: 'choose', sending: null, error: null };

/** The numbered steps in the header; "uploading" and "reading" belong to the first. */
export const wizardSteps: readonly WizardStep[] = ['choose', 'check', 'preview', 'done'];

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'upload-started':
      return {
        step: 'choose',
        sending: {
          phase: 'uploading',
          progress: { loadedBytes: 0, totalBytes: action.totalBytes },
        },
        error: null,
      };
    case 'upload-progress':
      if (state.step !== 'choose' || state.sending?.phase !== 'uploading') return state;
      return { ...state, sending: { phase: 'uploading', progress: action.progress } };
    case 'upload-sent':
      if (state.step !== 'choose' || state.sending === null) return state;
      return { ...state, sending: { phase: 'reading' } };
    case 'previewed':
      // The first answer opens the check; later ones (after a change) keep the step.
      if (state.step === 'choose') {
        return { step: 'check', preview: action.preview, busy: null, error: null };
      }
      if (state.step === 'done') return state;
      return { ...state, preview: action.preview, busy: null, error: null };
    case 'failed':
      if (state.step === 'choose') return { step: 'choose', sending: null, error: action.message };
      if (state.step === 'done') return state;
      return { ...state, busy: null, error: action.message };
    case 'recompute-started':
      if (state.step !== 'check' && state.step !== 'preview') return state;
      return { ...state, busy: 'recomputing', error: null };
    case 'show-preview':
      if (state.step !== 'check' || state.busy) return state;
      return { ...state, step: 'preview', error: null };
    case 'back-to-check':
      if (state.step !== 'preview' || state.busy) return state;
      return { ...state, step: 'check', error: null };
    case 'commit-started':
      if (state.step !== 'preview' || state.busy) return state;
      return { ...state, busy: 'committing', error: null };
    case 'committed':
      if (state.step !== 'preview') return state;
      return { step: 'done', preview: action.preview };
    case 'restart':
      return initialWizard;
  }
}

/**
 * The preview may be committed: something to write. Boundaries are a new version as a whole,
 * so outlines equal to today's still make one (from another date).
 */
export function mayCommit(preview: ImportPreview): boolean {
  const { counts } = preview;
  const boundary = preview.kind === 'villages' || preview.kind === 'commune';
  const written = counts.new + counts.update + (boundary ? counts.unchanged : 0);
  return preview.state === 'preview' && written > 0;
}
