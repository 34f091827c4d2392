import type { ImportKind, ImportSummary } from '@ntm/api/imports/contract';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportClient } from '../api/import-client';
import type { Loaded } from '../api/use-load';
import { formatCommuneDateTime, formatInteger } from '../i18n/format';
import { CardTable } from '../ui/card-table';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Spinner } from '../ui/load-status';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { importFailureText } from './import-failure';
import { isBoundaryKind } from './import-kinds';

interface ImportHistoryProps {
  client: ImportClient;
  kinds: readonly ImportKind[];
  /** Changes after an upload or commit: the list reloads. */
  stamp: number;
  onUndone: (id: number) => void;
}

const stateClass: Record<ImportSummary['state'], string> = {
  committed: 'state-on',
  undone: 'state-off',
  preview: 'state-warn',
};

/** Earlier imports (newest first) of the kinds this role imports, with "Hoàn tác" on committed ones. */
export function ImportHistory({ client, kinds, stamp, onUndone }: ImportHistoryProps) {
  const { t } = useTranslation();
  const id = useId();
  const [list, setList] = useState<Loaded<ImportSummary[]>>({ status: 'loading' });
  const [asking, setAsking] = useState<ImportSummary | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'done' | 'failed'; text: string } | null>(null);
  const [reload, setReload] = useState(0);
  const slow = useDelayedFlag(list.status === 'loading', 1000);

  useEffect(() => {
    let live = true;
    client.list().then(
      (answer) =>
        live &&
        setList({
          status: 'ready',
          data: answer.imports.filter((i) => kinds.includes(i.kind)),
        }),
      (error: unknown) =>
        live && setList({ status: 'error', message: importFailureText(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [client, kinds, stamp, reload, t]);

  const undo = useCallback(async () => {
    if (!asking) return;
    setPending(true);
    try {
      await client.undo(asking.id);
      setMessage({ tone: 'done', text: t('imports.history.undone', { name: asking.fileName }) });
      onUndone(asking.id);
    } catch (error) {
      setMessage({
        tone: 'failed',
        text: t('imports.history.undoRefused', { message: importFailureText(t, error) }),
      });
    } finally {
      setPending(false);
      setAsking(null);
      setReload((n) => n + 1);
    }
  }, [asking, client, onUndone, t]);

  return (
    <section className="import-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('imports.history.title')}
      </h2>
      {message && (
        <p
          className={message.tone === 'done' ? 'notice notice-done' : 'notice-failed'}
          role={message.tone === 'done' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      {slow && list.status === 'loading' && <Spinner text={t('pageState.loading')} />}
      {list.status === 'error' && (
        <p className="notice-failed" role="alert">
          {list.message}
        </p>
      )}
      {list.status === 'ready' && list.data.length === 0 && (
        <p className="empty-state">{t('imports.history.empty')}</p>
      )}
      {list.status === 'ready' && list.data.length > 0 && (
        <CardTable
          rows={list.data}
          rowProps={(item) => ({ 'data-import': item.id })}
          title={{ label: t('imports.history.file'), cell: (item) => item.fileName }}
          columns={[
            { label: t('imports.history.kind'), cell: (item) => t(`imports.kinds.${item.kind}`) },
            {
              label: t('imports.history.at'),
              className: 'nowrap',
              cell: (item) => formatCommuneDateTime(new Date(item.committedAt ?? item.createdAt)),
            },
            { label: t('imports.history.by'), cell: (item) => item.createdBy },
            {
              label: t('imports.history.state'),
              cell: (item) => (
                <span className={`state ${stateClass[item.state]}`}>
                  {t(`imports.history.states.${item.state}`)}
                </span>
              ),
            },
            {
              label: t('imports.history.counts'),
              cell: (item) =>
                t('imports.history.countsText', {
                  new: formatInteger(item.counts.new),
                  update: formatInteger(item.counts.update),
                  refused: formatInteger(item.counts.refused),
                }),
            },
          ]}
          actions={{
            label: t('imports.history.undo'),
            hidden: true,
            cell: (item) =>
              item.state === 'committed' &&
              (isBoundaryKind(item.kind) ? (
                <span className="muted">{t('imports.history.boundaryNoUndo')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-secondary button-small button-danger"
                  aria-label={`${t('imports.history.undo')}: ${item.fileName}`}
                  onClick={() => {
                    setMessage(null);
                    setAsking(item);
                  }}
                >
                  {t('imports.history.undo')}
                </button>
              )),
          }}
        />
      )}
      {asking && (
        <ConfirmDialog
          title={t('imports.history.undoTitle')}
          text={t('imports.history.undoText', {
            name: asking.fileName,
            new: formatInteger(asking.counts.new),
            update: formatInteger(asking.counts.update),
            noun: t(`imports.nouns.${asking.kind}`),
          })}
          confirmLabel={t('imports.history.undo')}
          danger
          pending={pending}
          onConfirm={() => void undo()}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
