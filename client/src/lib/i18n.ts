import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { nl } from '#shared/i18n/nl'
import { en } from '#shared/i18n/en'
import { defaultLanguage } from '#shared/i18n/index'
import type { Language } from '#shared/contracts/auth'
import { setRequestLanguage } from './api.ts'

// Type the keys: a typo in t('...') is then a compile error, like a missing English string.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof nl }
  }
}

const storageKey = 'naast.language'

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey)
    return value === 'en' || value === 'nl' ? value : defaultLanguage
  } catch {
    // Storage can be blocked (private mode, policies); Dutch is the default then.
    return defaultLanguage
  }
}

export const i18n = i18next.createInstance()

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
  setRequestLanguage(language)
})

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: ['nl', 'en'],
  // Resources are bundled, so initialise synchronously: the first render already has its strings.
  initAsync: false,
  // shared/src/i18n uses {{name}} placeholders, i18next's default; React escapes output itself.
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl'
}

/** Switches the interface language and remembers it on this device (also for the log-in page). */
export async function changeLanguage(language: Language) {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Not remembered on this device; the account setting still is when logged in.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language)
}
