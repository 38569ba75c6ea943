import { useTranslation } from 'react-i18next'
import { Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { RouterLink } from '../../../components/router-link.tsx'
import { broadViewPath } from '../../../app/paths.ts'
import { useAnalysisList } from '../api/list-analyses.ts'

/** On the household page: the way to the broad view, and when it was last brought up to date. */
export function BroadViewLink({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const list = useAnalysisList(householdId)
  const latest = list.data?.[0]
  return (
    <div className="naast-cell-stack">
      <StandaloneLink href={broadViewPath(householdId)} linkComponent={RouterLink}>
        {t('analysis.link')}
      </StandaloneLink>
      <Paragraph size="small" className="naast-secondary">
        {t('analysis.linkHint')}{' '}
        {latest
          ? t('analysis.lastSnapshot', {
              date: formatDateTime(latest.createdAt, language),
              name: latest.createdBy.name,
            })
          : list.isSuccess && t('analysis.noSnapshotYet')}
      </Paragraph>
    </div>
  )
}
