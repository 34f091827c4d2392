import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, vi } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

/** The UI locale, also handed to every `Intl` formatter (see format.ts). */
export const locale = 'vi-VN';

// Resources are bundled, so initialisation is synchronous and the first render already has text.
void i18next.use(initReactI18next).init({
  lng: 'vi',
  fallbackLng: 'vi',
  resources: { vi: { translation: vi } },
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
