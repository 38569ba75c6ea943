export type Language = 'nl' | 'en'

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** "23 november 2026" (nl) or "23 November 2026" (en), in Dutch time. Accepts a date or an instant. */
export function formatDate(value: string, language: Language): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(instant)
}

/** "23 november 2026 om 14:05" (nl) or "23 November 2026 at 14:05" (en). */
export function formatDateTime(value: string, language: Language): string {
  const instant = new Date(value)
  const time = new Intl.DateTimeFormat(locales[language], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(instant)
  return `${formatDate(value, language)} ${language === 'nl' ? 'om' : 'at'} ${time}`
}

/** A calendar date (YYYY-MM-DD) moved by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
