import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tip, TipClient } from '../api/tip-client';
import { formatInstant } from '../review/use-proposals';
import { tipStatusColors } from '../theme/colors';
import { InlineSpinner } from '../ui/load-status';
import { CircleSwatch } from '../ui/swatch';

interface Options {
  client: TipClient;
  /** Culture and village heads: they take tips in and follow their own. */
  enabled: boolean;
  onStart: () => void;
}

/** For those who take tips in but do not handle them: the way in, and their own tips' states. */
export function useMyTips({ client, enabled, onStart }: Options) {
  const { t } = useTranslation();
  const [tips, setTips] = useState<Tip[] | null>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      const list = await client.list();
      setTips(
        [...list.features].sort((a, b) =>
          b.properties.receivedAt.localeCompare(a.properties.receivedAt),
        ),
      );
      setFailed(false);
    } catch (cause) {
      console.error('Loading own tips failed:', cause);
      setFailed(true);
    }
  }, [client, enabled]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const panelSection: ReactNode = enabled && (
    <section className="panel-section my-tips" aria-labelledby="my-tips-title">
      <h2 id="my-tips-title">{t('tips.title')}</h2>
      <button type="button" className="button fit-button" onClick={onStart}>
        + {t('intake.start')}
      </button>
      <h3>{t('intake.mine')}</h3>
      {failed && !tips ? (
        <p className="form-error">{t('tips.loadFailed')}</p>
      ) : !tips ? (
        <InlineSpinner text={t('tips.loading')} />
      ) : tips.length === 0 ? (
        <p className="muted">{t('intake.mineNone')}</p>
      ) : (
        <ul className="stack-list">
          {tips.map((tip) => (
            <li key={tip.id} className="proposal-item" data-tip={tip.id}>
              <span className="proposal-line">
                <CircleSwatch color={tipStatusColors[tip.properties.status]} />
                <span className="proposal-action">{t(`tips.status.${tip.properties.status}`)}</span>
              </span>
              <strong className="proposal-name">
                {t('tips.number', { id: tip.id })} ·{' '}
                {t(`tips.categories.${tip.properties.category}`)}
              </strong>
              <span className="muted">{formatInstant(tip.properties.receivedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return { panelSection, reload };
}
