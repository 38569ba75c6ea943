import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link, Paragraph, Select } from '@amsterdam/design-system-react'
import type { Share, SharePreview } from '#shared/contracts/sharing'
import { formatDate, type Language } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormField, RadioFieldSet } from '../../../components/form.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { safetyPath } from '../../../app/paths.ts'
import type { MeldcodeReport } from '../api/list-reports.ts'

export type Basis = Share['basis']

/** "Toestemming", or "Melding Veilig Thuis van 23 november 2026, kenmerk VT-123 (meldrecht)". */
export function basisText(
  share: Pick<SharePreview['share'], 'basis' | 'report'>,
  t: TFunction,
  language: Language,
): string {
  if (share.basis === 'consent') return t('sharingBasis.basisConsent')
  return share.report
    ? t('sharingBasis.basisMeldcode', {
        date: formatDate(share.report.on, language),
        reference: share.report.reference,
      })
    : t('sharingBasis.basisMeldcodeUnknown')
}

export const basisFieldIds = { basis: 'share-basis', meldcodeTrajectoryId: 'share-report' }

/**
 * The legal basis of the share: consent (the rule), or a recorded report to Veilig Thuis (meldrecht), which covers
 * sharing with Veilig Thuis only. With meldrecht, which report it rests on: chosen when there are several, named
 * when there is one, and the way to the meldcode when there is none yet.
 */
export function BasisFields({
  householdId,
  basis,
  onBasis,
  reports,
  reportId,
  onReport,
  reportError,
}: {
  householdId: number
  basis: Basis
  onBasis: (basis: Basis) => void
  /** Undefined while loading or when the household's safety could not be read: the server takes the newest. */
  reports: MeldcodeReport[] | undefined
  reportId: string
  onReport: (trajectoryId: string) => void
  reportError?: string
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const reportLabel = (report: MeldcodeReport) =>
    t('sharingBasis.report', { date: formatDate(report.on, language), reference: report.reference })
  return (
    <>
      <RadioFieldSet
        id={basisFieldIds.basis}
        legend={t('sharingBasis.legend')}
        options={['consent', 'meldcode'] as const}
        value={basis}
        onChange={onBasis}
        optionLabel={(option) => t(`sharingBasis.${option}`)}
      />
      {basis === 'meldcode' && (
        <div className="naast-subform naast-stack">
          <Paragraph>{t('sharingBasis.meldcodeHint')}</Paragraph>
          {reports && reports.length === 0 && (
            <Paragraph>
              {t('sharingBasis.noReport')}{' '}
              <Link href={safetyPath(householdId, 'meldcode')} linkComponent={RouterLink}>
                {t('sharingBasis.goToMeldcode')}
              </Link>
            </Paragraph>
          )}
          {reports && reports.length === 1 && (
            <Paragraph>
              <strong>{reportLabel(reports[0]!)}</strong>
            </Paragraph>
          )}
          {reports && reports.length > 1 && (
            <FormField
              id={basisFieldIds.meldcodeTrajectoryId}
              label={t('sharingBasis.reportLabel')}
              error={reportError}
            >
              {(control) => (
                <Select {...control} value={reportId} onChange={(e) => onReport(e.target.value)}>
                  {reports.map((report) => (
                    <Select.Option key={report.trajectoryId} value={String(report.trajectoryId)}>
                      {reportLabel(report)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
          )}
        </div>
      )}
    </>
  )
}
