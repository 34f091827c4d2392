import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicFailure, PublicTipClient, PublicTipStatus } from '../api/public-tip-client';
import { formatClockTime, formatCommuneDate, formatWait } from '../i18n/format';
import { FormProblem, SubmitButton } from '../ui/form/form-actions';
import { TextAreaField, TextField } from '../ui/form/text-field';

interface PublicLookupProps {
  client: PublicTipClient;
  /** The code just received on this page, if any, filled in for the citizen. */
  initialCode: string | null;
}

type Found = { code: string; status: PublicTipStatus };

/** "Tra cứu tin báo": the status in plain words by tracking code, and more information to add. */
export function PublicLookup({ client, initialCode }: PublicLookupProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode ?? '');
  const [found, setFound] = useState<Found | null>(null);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<'empty' | PublicFailure | null>(null);
  const [text, setText] = useState('');
  const [adding, setAdding] = useState<'idle' | 'sending' | 'done' | 'empty' | PublicFailure>(
    'idle',
  );

  const failureText = (failure: PublicFailure) =>
    failure.kind === 'network'
      ? t('publicTip.failedNetwork')
      : failure.status === 429
        ? t('publicTip.lookupRateLimited', { wait: formatWait(failure.retryAfterSeconds ?? 3600) })
        : failure.status === 404
          ? t('publicTip.lookupNotFound')
          : t('publicTip.failed', { message: failure.message ?? `HTTP ${failure.status}` });

  async function lookUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!code.trim()) {
      setProblem('empty');
      return;
    }
    setPending(true);
    setProblem(null);
    const result = await client.status(code);
    setPending(false);
    if (result.ok) {
      setFound({ code: code.trim(), status: result.value });
      setAdding('idle');
    } else {
      setFound(null);
      setProblem(result.failure);
    }
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!found || adding === 'sending') return;
    if (text.trim().length < 3) {
      setAdding('empty');
      return;
    }
    setAdding('sending');
    const result = await client.addInformation(found.code, text.trim());
    if (result.ok) setText('');
    setAdding(result.ok ? 'done' : result.failure);
  }

  const status = found?.status;
  return (
    <>
      <form className="public-card" noValidate onSubmit={lookUp} aria-busy={pending}>
        <h2>{t('publicTip.lookupHeading')}</h2>
        <p className="muted">{t('publicTip.lookupIntro')}</p>
        <TextField
          label={t('publicTip.lookupCode')}
          className="public-code-field"
          value={code}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          onChange={setCode}
        />
        <FormProblem
          text={
            problem === 'empty' ? t('publicTip.lookupEmpty') : problem ? failureText(problem) : null
          }
        />
        <SubmitButton
          pending={pending}
          pendingLabel={t('publicTip.lookupLoading')}
          className="button public-submit"
        >
          {t('publicTip.lookupSubmit')}
        </SubmitButton>
      </form>

      {status && (
        <section className="public-card public-status" aria-live="polite">
          <p className="muted public-status-label">{t('publicTip.statusLabel')}</p>
          <p className={`public-status-text public-status-${status.status}`}>{status.statusText}</p>
          <p>{t(`publicTip.statusHelp.${status.status}`)}</p>
          <dl className="public-dates">
            <dt>{t('publicTip.receivedAt')}</dt>
            <dd>{formatCommuneDate(new Date(status.receivedAt))}</dd>
            <dt>{t('publicTip.updatedAt')}</dt>
            <dd>
              {t('publicTip.clockOnDay', {
                time: formatClockTime(new Date(status.updatedAt)),
                date: formatCommuneDate(new Date(status.updatedAt)),
              })}
            </dd>
          </dl>

          <form className="public-add" noValidate onSubmit={add}>
            <h3>{t('publicTip.addHeading')}</h3>
            <TextAreaField
              label={t('publicTip.addHint')}
              rows={4}
              maxLength={2000}
              value={text}
              onChange={setText}
              error={adding === 'empty' ? t('publicTip.addEmpty') : null}
            />
            <div role="status">
              {adding === 'done' && (
                <p className="notice notice-success">{t('publicTip.addDone')}</p>
              )}
              {typeof adding === 'object' && <p className="form-error">{failureText(adding)}</p>}
            </div>
            <SubmitButton
              pending={adding === 'sending'}
              pendingLabel={t('publicTip.addSending')}
              className="button button-secondary public-wide"
            >
              {t('publicTip.addSubmit')}
            </SubmitButton>
          </form>
        </section>
      )}
    </>
  );
}
