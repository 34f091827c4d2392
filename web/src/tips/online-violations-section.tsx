import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnlineViolation, OnlineViolationClient, TakedownStatus } from '../api/tip-client';
import { useMorePages } from '../api/use-more-pages';
import { formatInstant } from '../review/use-proposals';
import { FormProblem } from '../ui/form/form-actions';
import { FormButtons } from '../ui/form/form-buttons';
import { SelectField } from '../ui/form/select-field';
import { TextAreaField, TextField } from '../ui/form/text-field';
import { MoreButton } from '../ui/more-button';

const nextTakedown: Record<TakedownStatus, TakedownStatus[]> = {
  'not-requested': ['requested'],
  requested: ['removed', 'refused'],
  refused: ['requested'],
  removed: [],
};

/** Police's record of adverts and brokers online, and the takedowns asked of the platforms. */
export function OnlineViolationsSection({ client }: { client: OnlineViolationClient }) {
  const { t } = useTranslation();
  const read = useCallback(
    async (cursor: string | undefined) => {
      const page = await client.list(10, cursor);
      return { ...page, rows: page.violations };
    },
    [client],
  );
  const { rows, total, hasMore, more, reload: firstPage } = useMorePages(read);
  const [adding, setAdding] = useState(false);
  const [platform, setPlatform] = useState('');
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<OnlineViolation['kind']>('advertising');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      await firstPage();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  }, [firstPage]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await reload();
      return true;
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return false;
    } finally {
      setBusy(false);
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (platform.trim().length < 2 || target.trim().length < 2)
      return setError(t('online.missing'));
    const ok = await run(() =>
      client.create({
        platform: platform.trim(),
        target: target.trim(),
        kind,
        description: description.trim() || null,
      }),
    );
    if (ok) {
      setAdding(false);
      setPlatform('');
      setTarget('');
      setDescription('');
    }
  }

  return (
    <section className="panel-section online-violations" aria-labelledby="online-title">
      <h2 id="online-title">{t('online.title')}</h2>
      {adding ? (
        <form className="business-form" onSubmit={submit} noValidate>
          <TextField
            label={t('online.platform')}
            value={platform}
            onChange={setPlatform}
            placeholder="Facebook, Zalo, TikTok…"
          />
          <label className="form-field" htmlFor="online-target">
            <span>{t('online.target')}</span>
            <input id="online-target" value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
          <SelectField
            label={t('online.kind')}
            value={kind}
            onChange={(value) => setKind(value as OnlineViolation['kind'])}
          >
            <option value="advertising">{t('online.kinds.advertising')}</option>
            <option value="brokering">{t('online.kinds.brokering')}</option>
          </SelectField>
          <TextAreaField
            label={t('tips.description')}
            rows={2}
            value={description}
            onChange={setDescription}
          />
          <FormProblem text={error} />
          <FormButtons onCancel={() => setAdding(false)}>
            <button type="submit" className="button" disabled={busy}>
              {t('online.save')}
            </button>
          </FormButtons>
        </form>
      ) : (
        <button
          type="button"
          className="button button-secondary fit-button"
          onClick={() => setAdding(true)}
        >
          + {t('online.add')}
        </button>
      )}
      {rows && rows.length === 0 && <p className="muted">{t('online.none')}</p>}
      {rows && rows.length > 0 && (
        <ul className="stack-list">
          {rows.map((v) => (
            <li key={v.id} className="proposal-item">
              <span className="proposal-line">
                <span className={`badge badge-takedown-${v.takedownStatus}`}>
                  {t(`online.status.${v.takedownStatus}`)}
                </span>
                <span className="proposal-action">{t(`online.kinds.${v.kind}`)}</span>
              </span>
              <strong className="proposal-name">{v.platform}</strong>
              <span className="muted online-target">{v.target}</span>
              <span className="muted">{formatInstant(v.foundAt)}</span>
              {nextTakedown[v.takedownStatus].length > 0 && (
                <span className="form-buttons">
                  {nextTakedown[v.takedownStatus].map((next) => (
                    <button
                      key={next}
                      type="button"
                      className="button button-secondary"
                      disabled={busy}
                      onClick={() => void run(() => client.setTakedown(v.id, next))}
                    >
                      {t(`online.to.${next}`)}
                    </button>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {rows && (
        <MoreButton
          shown={rows.length}
          total={total}
          hasMore={hasMore}
          onMore={() => more().catch((cause: unknown) => setError(String(cause)))}
        />
      )}
    </section>
  );
}
