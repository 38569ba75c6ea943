import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { nl } from '#shared/i18n/nl'
import type { Translations } from '#shared/i18n/index'
import type { Language } from '#shared/contracts/auth'
import { setRequestLanguage } from './api.ts'

// Type the keys: a typo in t('...') is then a compile error, like a missing English string.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof nl }
  }
}

/**
 * Each language's texts are a chunk of their own, loaded when that language is first shown: the first load
 * carries only the language on screen, not both dictionaries (issue 10, initial JavaScript).
 */
const dictionaries: Record<Language, () => Promise<Translations>> = {
  nl: () => import('#shared/i18n/nl').then((m) => m.nl),
  en: () => import('#shared/i18n/en').then((m) => m.en),
}

const storageKey = 'naast.language'
/** As `defaultLanguage` in #shared/i18n/index, which is not imported here: it would bring both dictionaries. */
const defaultLanguage: Language = 'nl'

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

/**
 * Loads the texts of the language this device uses and starts i18next with them. main.tsx renders only after
 * this, so the first render already has its strings: no flash of keys.
 */
export async function initI18n(): Promise<void> {
  const language = storedLanguage()
  const texts = await dictionaries[language]()
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: texts } },
    lng: language,
    // Only consulted when loaded; English has every Dutch key anyway (the type makes a missing one an error).
    fallbackLng: defaultLanguage,
    supportedLngs: ['nl', 'en'],
    // Resources are passed in, so initialise synchronously.
    initAsync: false,
    // shared/src/i18n uses {{name}} placeholders, i18next's default; React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl'
}

/** The language asked for last: a slower load of an earlier choice must not win over it. */
let wanted: Language | undefined

/**
 * Switches the interface language and remembers it on this device (also for the log-in page). The first switch
 * to a language loads its texts (one small request); the screen changes when they are there.
 */
export async function changeLanguage(language: Language) {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Not remembered on this device; the account setting still is when logged in.
  }
  wanted = language
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await dictionaries[language]())
  }
  if (wanted === language && i18n.language !== language) await i18n.changeLanguage(language)
}
