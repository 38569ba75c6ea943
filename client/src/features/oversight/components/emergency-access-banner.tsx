import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { Alert, Button, Link, Paragraph } from '@amsterdam/design-system-react'
import type { EmergencyAccess } from '#shared/contracts/oversight'
import { formatDateTime } from '#shared/domain/dates'
import { errorText, isNotFound } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { householdQueryOptions } from '../../../lib/household-detail.ts'
import { useMe } from '../../../lib/session.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths, startPath } from '../../../app/paths.ts'
import { useCurrentEmergencyAccess, useEndEmergencyAccess } from '../api/emergency-access.ts'
import './oversight.css'

/** The household id of the page, or null for a malformed one (the page itself then says "not found"). */
function useHouseholdIdParam(): number | null {
  const { householdId } = useParams()
  const id = Number(householdId)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * At the top of a household page opened with emergency access: until when, that it is read-only, and a way to
 * end it. Only staff can hold emergency access, so only they ask; any failure simply shows no banner.
 */
export function EmergencyAccessBanner() {
  const householdId = useHouseholdIdParam()
  const me = useMe().data
  const staff = me?.role === 'worker' || me?.role === 'supervisor'
  const current = useCurrentEmergencyAccess(householdId ?? 0, staff && householdId !== null)
  if (!me || !current.data?.active) return null
  return <Banner access={current.data} start={startPath(me)} />
}

function Banner({ access, start }: { access: EmergencyAccess; start: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const end = useEndEmergencyAccess()

  function onEnd() {
    if (end.isPending) return
    end.mutate(access.householdId, { onSuccess: () => void navigate(start) })
  }

  return (
    <Alert
      severity="warning"
      headingLevel={2}
      heading={t('oversight.banner.heading', { until: formatDateTime(access.expiresAt, currentLanguage()) })}
      className="naast-oversight-banner"
    >
      <Paragraph className="naast-oversight-reason">
        {t('oversight.banner.reason', { reason: access.reason })}
      </Paragraph>
      <Paragraph>{t('oversight.banner.seen')}</Paragraph>
      <Button
        variant="secondary"
        onClick={onEnd}
        aria-disabled={end.isPending || undefined}
        className="naast-alert-action"
      >
        {end.isPending ? t('oversight.banner.ending') : t('oversight.banner.end')}
      </Button>
      {end.isError && (
        <Paragraph role="alert" className="naast-error-text">
          {errorText(end.error, t)}
        </Paragraph>
      )}
    </Alert>
  )
}

/**
 * Below "not found" on a household page: a household outside one's own work answers 404 like one that does not
 * exist, so point to emergency access for when it is urgent. Reads the page's own query (no extra request).
 */
export function EmergencyAccessHint() {
  const { t } = useTranslation()
  const householdId = useHouseholdIdParam()
  const household = useQuery({ ...householdQueryOptions(householdId ?? 0), enabled: householdId !== null })
  if (householdId === null || !isNotFound(household.error)) return null
  return (
    <Paragraph className="naast-oversight-hint">
      {t('oversight.notFoundHint')}{' '}
      <Link href={paths.emergencyAccess} linkComponent={RouterLink}>
        {t('oversight.link')}
      </Link>
    </Paragraph>
  )
}
