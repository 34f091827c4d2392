import type { ImportPreview } from '@ntm/api/imports/contract';
import { describe, expect, it } from 'vitest';
import { initialWizard, mayCommit, type WizardAction, wizardReducer } from './import-wizard';

const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({
  id: 7,
  kind: 'registry',
  state: 'preview',
  fileName: 'so-co-so.xlsx',
  sha256: 'ab'.repeat(32),
  createdAt: '2026-12-07T02:00:00Z',
  createdBy: 'vanhoa',
  committedAt: null,
  undoneAt: null,
  counts: { new: 288, update: 0, unchanged: 0, refused: 12, unplaced: 0 },
  format: 'xlsx',
  crs: { epsg: 4326, source: 'columns', note: 'Cột "Kinh độ", "Vĩ độ"' },
  encoding: { detected: 'utf-8', samples: [] },
  columns: ['Tên cơ sở', 'Địa chỉ'],
  mapping: { name: 'Tên cơ sở' },
  suggestedMapping: { name: 'Tên cơ sở' },
  validFrom: null,
  notes: [],
  ...over,
});

const run = (...actions: WizardAction[]) => actions.reduce(wizardReducer, initialWizard);

/** A file uploaded and read: the wizard at the check step. */
const checking: WizardAction[] = [
  { type: 'upload-started', totalBytes: 1 },
  { type: 'previewed', preview: preview() },
];

describe('the import wizard', () => {
  it('goes from upload progress to reading to the check step', () => {
    let state = run({ type: 'upload-started', totalBytes: 2000 });
    expect(state).toMatchObject({ step: 'choose', sending: { phase: 'uploading' } });
    state = wizardReducer(state, {
      type: 'upload-progress',
      progress: { loadedBytes: 1000, totalBytes: 2000 },
    });
    expect(state).toMatchObject({ sending: { progress: { loadedBytes: 1000 } } });
    state = wizardReducer(state, { type: 'upload-sent' });
    expect(state).toMatchObject({ sending: { phase: 'reading' } });
    state = wizardReducer(state, { type: 'previewed', preview: preview() });
    expect(state).toMatchObject({ step: 'check', busy: null, error: null });
  });

  it('a refused upload returns to choosing a file with the message and nothing sending', () => {
    const state = run(
      { type: 'upload-started', totalBytes: 10 },
      { type: 'upload-sent' },
      { type: 'failed', message: 'Tệp rỗng' },
    );
    expect(state).toEqual({ step: 'choose', sending: null, error: 'Tệp rỗng' });
  });

  it('a recomputed preview stays on the step the user is on', () => {
    const state = run(
      ...checking,
      { type: 'show-preview' },
      { type: 'recompute-started' },
      {
        type: 'previewed',
        preview: preview({
          counts: { new: 299, update: 0, unchanged: 0, refused: 1, unplaced: 0 },
        }),
      },
    );
    expect(state).toMatchObject({ step: 'preview', busy: null, preview: { counts: { new: 299 } } });
  });

  it('does not move on while a change is being recomputed', () => {
    const state = run(...checking, { type: 'recompute-started' }, { type: 'show-preview' });
    expect(state.step).toBe('check');
  });

  it('a refused commit keeps the preview with the reason; a committed one is done', () => {
    const base = [...checking, { type: 'show-preview' }, { type: 'commit-started' }] as const;
    expect(run(...base, { type: 'failed', message: 'Đã ghi rồi' })).toMatchObject({
      step: 'preview',
      busy: null,
      error: 'Đã ghi rồi',
    });
    expect(
      run(...base, { type: 'committed', preview: preview({ state: 'committed' }) }),
    ).toMatchObject({
      step: 'done',
      preview: { state: 'committed' },
    });
  });

  it('cannot commit from the check step', () => {
    const state = run(...checking, { type: 'commit-started' });
    expect(state).toMatchObject({ step: 'check', busy: null });
  });

  it('offers the commit only when something would be written', () => {
    expect(mayCommit(preview())).toBe(true);
    expect(
      mayCommit(preview({ counts: { new: 0, update: 0, unchanged: 3, refused: 2, unplaced: 0 } })),
    ).toBe(false);
    expect(mayCommit(preview({ state: 'committed' }))).toBe(false);
  });

  it('lets boundaries equal to today’s be committed as a version from another date', () => {
    const unchanged = { new: 0, update: 0, unchanged: 21, refused: 0, unplaced: 0 };
    expect(mayCommit(preview({ kind: 'villages', counts: unchanged }))).toBe(true);
    expect(mayCommit(preview({ kind: 'registry', counts: unchanged }))).toBe(false);
  });
});
