import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, TipAddition, TipFilesClient } from '../api/tip-client';
import { formatFileSize } from '../i18n/format';
import { acceptAttribute, addPhotos, maxFilesPerRequest } from '../public/photo-checks';
import { photoProblemText } from '../public/photo-problem-text';
import { formatInstant } from '../review/use-proposals';
import { FormProblem } from '../ui/form/form-actions';

/** A tip's photos and PDFs (download, add more) and what the citizen added later. */
export function TipFiles({
  tipId,
  client,
  canAdditions,
}: {
  tipId: number;
  client: TipFilesClient;
  canAdditions: boolean;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<Attachment[] | null>(null);
  const [additions, setAdditions] = useState<TipAddition[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const [list, added] = await Promise.all([
      client.attachments(tipId),
      canAdditions ? client.additions(tipId) : Promise.resolve({ additions: [] }),
    ]);
    setFiles(list.attachments);
    setAdditions(added.additions);
  }, [client, tipId, canAdditions]);
  useEffect(() => {
    reload().catch((cause: unknown) =>
      setProblem(cause instanceof Error ? cause.message : String(cause)),
    );
  }, [reload]);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    const [refused] = addPhotos([], chosen).problems;
    if (refused) return setProblem(photoProblemText(t, refused, 'tipFiles'));
    setBusy(true);
    setProblem(null);
    try {
      await client.upload(tipId, chosen);
      await reload();
    } catch (cause) {
      setProblem(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="tip-more tip-files">
      <h3>{t('tipFiles.title')}</h3>
      {files && files.length === 0 && <p className="muted">{t('tipFiles.none')}</p>}
      {files && files.length > 0 && (
        <ul className="tip-file-list">
          {files.map((f) => (
            <li key={f.id}>
              <a href={`/api/attachments/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span className="muted">
                {formatFileSize(f.sizeBytes)} · {formatInstant(f.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <label className={`button button-secondary file-button${busy ? ' is-busy' : ''}`}>
        {busy ? t('tipFiles.uploading') : `+ ${t('tipFiles.add')}`}
        <input
          type="file"
          className="visually-hidden"
          accept={acceptAttribute}
          multiple
          disabled={busy}
          onChange={(e) => void upload(e)}
        />
      </label>
      <p className="muted">{t('tipFiles.limits', { count: maxFilesPerRequest })}</p>
      <FormProblem text={problem} />
      {additions.length > 0 && (
        <>
          <h3>{t('tipFiles.additions')}</h3>
          <ul className="tip-history">
            {additions.map((a) => (
              <li key={a.at}>
                <span className="muted">{formatInstant(a.at)}</span> — {a.body}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
