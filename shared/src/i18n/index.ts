import { nl } from './nl.ts'
import { en } from './en.ts'
import type { Language } from '../domain/dates.ts'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
/** English must have every key Dutch has: the type makes a missing translation a compile error. */
export type Translations = Shape<typeof nl>

export const translations: Record<Language, Translations> = { nl, en }
export const defaultLanguage: Language = 'nl'

/** Looks up a dotted key ("errors.required") and fills {{placeholders}}; unknown keys come back unchanged. */
export function translate(
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = translations[language]
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`))
}

export function isTranslationKey(key: string): boolean {
  return translate('nl', key) !== key
}
