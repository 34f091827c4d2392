import { useTranslation } from 'react-i18next';

/** Three signatures under each team's sheet, with a date line to fill in by hand. */
export function SignatureBlock() {
  const { t } = useTranslation();
  const roles = ['leader', 'author', 'approver'] as const;
  return (
    <div className="sheet-signatures">
      <p className="sheet-date-line">{t('routeSheet.signatures.dateLine')}</p>
      {roles.map((role) => (
        <div key={role} className="sheet-signature">
          <strong>{t(`routeSheet.signatures.${role}`)}</strong>
          <span className="sheet-sign-hint">{t('routeSheet.signatures.signHint')}</span>
        </div>
      ))}
    </div>
  );
}
