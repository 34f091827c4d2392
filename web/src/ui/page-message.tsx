import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';

interface PageMessageProps {
  title: string;
  text: string;
}

/** A page that only explains itself (an unknown address, a refusal) and leads back to the map. */
export function PageMessage({ title, text }: PageMessageProps) {
  const { t } = useTranslation();
  return (
    <section className="page-message" role="alert">
      <h1>{title}</h1>
      <p>{text}</p>
      <Link className="button" to="/">
        {t('pageState.backToMap')}
      </Link>
    </section>
  );
}
