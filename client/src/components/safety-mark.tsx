import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '@amsterdam/design-system-react'
import { SafetyIcon } from './icons.tsx'

/**
 * Stands beside a household's name on every list and page once a safety concern was raised (DOMAIN principle 4).
 * Icon and the visible word "Veiligheid", never colour alone; a screen reader also hears what it means.
 */
export function SafetyMark({ show }: { show: boolean }) {
  const { t } = useTranslation()
  if (!show) return null
  return (
    <span className="naast-safety-mark">
      <Badge color="red" icon={SafetyIcon} label={t('safety.mark')} />
      <span className="ams-visually-hidden">{t('safety.markHint')}</span>
    </span>
  )
}

/** A household's name with its safety mark; the name can be a link. */
export function NameWithSafetyMark({ safetyMark, children }: { safetyMark: boolean; children: ReactNode }) {
  return (
    <span className="naast-name-with-mark">
      {children}
      <SafetyMark show={safetyMark} />
    </span>
  )
}
