import { useTranslation } from 'react-i18next'
import type { DataCategory } from '#shared/contracts/consents'
import { currentLanguage } from '../../../lib/i18n.ts'

/** "school, gezondheid en geld en schulden": the kinds of data in the household's own words, as one phrase. */
export function useCategoryWords() {
  const { t } = useTranslation()
  const list = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' })
  return (categories: DataCategory[]) =>
    list.format(categories.map((category) => t(`portalFile.categories.${category}`)))
}

/** A worker's own words ("Afstemmen over verzuim") end a sentence on the page: one full stop, not two. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase(currentLanguage()) + text.slice(1)
}
