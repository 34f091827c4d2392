import { useTranslation } from 'react-i18next';
import { demoAccounts, demoPassword, otherVillageAccountExample } from './demo-accounts';

interface DemoAccountsHintProps {
  onPick: (account: { username: string; password: string }) => void;
}

/** The demo accounts and their password; shown only for synthetic data. */
export function DemoAccountsHint({ onPick }: DemoAccountsHintProps) {
  const { t } = useTranslation();
  return (
    <section className="demo-accounts" aria-labelledby="demo-accounts-heading">
      <h2 id="demo-accounts-heading">{t('demoAccounts.title')}</h2>
      <p>
        {t('demoAccounts.password')} <code className="demo-password">{demoPassword}</code>
        <br />
        <span className="muted">{t('demoAccounts.pick')}</span>
      </p>
      <ul>
        {demoAccounts.map(({ username, role }) => (
          <li key={username}>
            <button
              type="button"
              className="demo-account"
              onClick={() => onPick({ username, password: demoPassword })}
            >
              <code>{username}</code>
              <span className="muted">{t(`roles.${role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('demoAccounts.villagePattern', { example: otherVillageAccountExample })}
      </p>
    </section>
  );
}
