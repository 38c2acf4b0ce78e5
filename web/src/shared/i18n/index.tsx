import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiSession } from '../api.js';
import { catalogEnUS } from './catalog.en-US.js';
import { catalogZhCN } from './catalog.zh-CN.js';
import { enUS } from './en-US.js';
import { statsEnUS } from './stats.en-US.js';
import { statsZhCN } from './stats.zh-CN.js';
import { withCatalog } from './with-catalog.js';
import { ratingEnUS } from './rating.en-US.js';
import { ratingZhCN } from './rating.zh-CN.js';
import { withRating } from './with-rating.js';
import { onlineEnUS } from './online.en-US.js';
import { onlineZhCN } from './online.zh-CN.js';
import { withOnline } from './with-online.js';
import { withStats } from './with-stats.js';
import { zhCN } from './zh-CN.js';

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export type Dictionary = ReturnType<typeof withStats<ReturnType<typeof withOnline<ReturnType<typeof withRating>>>>>;

const DICTIONARIES: Record<Locale, Dictionary> = {
  'zh-CN': withStats(withOnline(withRating(withCatalog(zhCN, catalogZhCN), ratingZhCN), onlineZhCN), statsZhCN),
  'en-US': withStats(withOnline(withRating(withCatalog(enUS, catalogEnUS), ratingEnUS), onlineEnUS), statsEnUS),
};
const STORAGE_KEY = 'onewindow.locale';

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

interface I18n {
  locale: Locale;
  t: Dictionary;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Chinese first; the choice of language is kept in this browser and sent to the API. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  apiSession.setLanguage(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    apiSession.setLanguage(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, t: DICTIONARIES[locale], setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
