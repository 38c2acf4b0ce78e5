import { Segmented } from 'antd';
import { LOCALES, useI18n, type Locale } from './i18n/index.js';

/** 中文 / English, remembered in this browser. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { locale, t, setLocale } = useI18n();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t.language.label}
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((l) => ({ value: l, label: t.language[l] }))}
    />
  );
}
