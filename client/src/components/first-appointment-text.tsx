import { useTranslation } from 'react-i18next'
import type { RequestSummary } from '#shared/contracts/requests'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../lib/i18n.ts'
import { WarningIcon } from './icons.tsx'

type FirstAppointmentTextProps = {
  state: RequestSummary['firstAppointmentState']
  dueOn: string
  /** In a table cell: "Te laat: uiterlijk 28 november 2026" rather than the whole sentence. */
  short?: boolean
}

/** The five-day rule in words; "overdue" carries a word and an icon, not only a colour. */
export function FirstAppointmentText({ state, dueOn, short = false }: FirstAppointmentTextProps) {
  const { t } = useTranslation()
  const date = formatDate(dueOn, currentLanguage())
  if (state === 'made') return <>{t('firstAppointment.made')}</>
  if (state === 'open')
    return <>{short ? t('firstAppointment.dueShort', { date }) : t('firstAppointment.due', { date })}</>
  return (
    <span className="naast-overdue">
      <WarningIcon className="naast-overdue__icon" />
      {short ? t('firstAppointment.overdueShort', { date }) : t('firstAppointment.overdue', { date })}
    </span>
  )
}
