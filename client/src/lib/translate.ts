import type { Language } from '#shared/domain/dates'
import { currentLanguage, i18n } from './i18n.ts'

/**
 * `translate()` and `isTranslationKey()` of #shared/i18n/index, for the client: the same results, but read from
 * the texts the client has loaded (only the language on screen, see lib/i18n.ts) instead of importing both
 * dictionaries into every page that validates a form.
 */

function text(language: Language, key: string): string | undefined {
  // A language not loaded (yet) reads as the one on screen: the keys are the same in both.
  const loaded = i18n.hasResourceBundle(language, 'translation') ? language : currentLanguage()
  const node: unknown = i18n.getResource(loaded, 'translation', key)
  return typeof node === 'string' ? node : undefined
}

/** Looks up a dotted key ("errors.required") and fills {{placeholders}}; unknown keys come back unchanged. */
export function translate(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const found = text(language, key)
  if (found === undefined) return key
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`))
}

export function isTranslationKey(key: string): boolean {
  return text(currentLanguage(), key) !== undefined
}
