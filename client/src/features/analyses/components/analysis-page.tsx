import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { Button, Heading, Link, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useLifeDomains } from '../../../lib/life-domains.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { StatusMessage } from '../../../components/form.tsx'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { ErrorState, LoadingState, QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyMark } from '../../../components/safety-mark.tsx'
import { SafetyLink } from '../../../components/safety-link.tsx'
import { broadViewPath, householdPath } from '../../../app/paths.ts'
import { useAnalysis } from '../api/get-analysis.ts'
import { useHousehold } from '../../../lib/household-detail.ts'
import { useAnalysisList } from '../api/list-analyses.ts'
import { AnalysisEditor } from './analysis-editor.tsx'
import { AnalysisView } from './analysis-view.tsx'
import { CompareSnapshots, SnapshotList, type Snapshot } from './snapshots.tsx'
import './analyses.css'

/** The query parameter that opens an earlier snapshot instead of the newest. */
const snapshotParam = 'momentopname'
const updateButtonId = 'analysis-update'

/** "Brede blik" (route step 5): every member × every life domain, dated snapshots, and how they changed. */
export function AnalysisPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  // A malformed id cannot exist; answer as the server would for any unknown household.
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <AnalysisLoader householdId={id} />
}

function AnalysisLoader({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  useDocumentTitle(
    household.data ? `${t('analysis.pageTitle')} – ${household.data.name}` : t('analysis.pageTitle'),
  )
  return (
    <QueryResult query={household} notFoundPage errorHeadingLevel={1}>
      {(data) => <AnalysisScreen household={data} />}
    </QueryResult>
  )
}

function SavedMessage({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={t('analysis.saved')} headingLevel={2} onClose={onClose} />
    </div>
  )
}

function AnalysisScreen({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const [searchParams, setSearchParams] = useSearchParams()
  const list = useAnalysisList(household.id)
  const domains = useLifeDomains()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)

  const summaries = list.data ?? []
  // Numbered from the first snapshot, so two of the same minute can still be told apart.
  const snapshots: Snapshot[] = summaries.map((summary, index) => ({
    ...summary,
    number: summaries.length - index,
  }))
  const latestId = snapshots[0]?.id
  const requested = Number(searchParams.get(snapshotParam))
  const shownId = snapshots.some((s) => s.id === requested) ? requested : latestId
  const shown = useAnalysis(household.id, shownId)
  const latest = useAnalysis(household.id, latestId)
  const viewingOlder = shownId !== undefined && shownId !== latestId

  function onSaved() {
    setEditing(false)
    setSaved(true)
    // The new snapshot is the newest: show it, not an older one that was open.
    if (searchParams.has(snapshotParam)) setSearchParams({}, { replace: true })
  }

  function onCancel() {
    setEditing(false)
    window.setTimeout(() => document.getElementById(updateButtonId)?.focus(), 0)
  }

  const updateButton = (
    <Button
      id={updateButtonId}
      onClick={() => {
        setSaved(false)
        setEditing(true)
      }}
    >
      {latestId === undefined ? t('analysis.fill') : t('analysis.update')}
    </Button>
  )

  return (
    <div className="naast-stack">
      <StandaloneLink
        href={householdPath(household.id)}
        linkComponent={RouterLink}
        icon={ChevronBackwardIcon}
      >
        {t('analysis.back', { name: household.name })}
      </StandaloneLink>
      <Heading level={1} className="naast-heading-with-mark">
        {t('analysis.title', { name: household.name })}
        <SafetyMark show={household.safetyMark} />
      </Heading>
      <SafetyLink householdId={household.id} />
      <Paragraph className="naast-readable">{t('analysis.intro')}</Paragraph>

      {list.isPending || domains.isPending || (latestId !== undefined && latest.isPending) ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : domains.isError ? (
        <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />
      ) : editing ? (
        latest.isError ? (
          <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
        ) : (
          <AnalysisEditor
            household={household}
            domains={domains.data}
            latest={latest.data}
            onSaved={onSaved}
            onCancel={onCancel}
          />
        )
      ) : (
        <>
          {saved && <SavedMessage onClose={() => setSaved(false)} />}
          {shownId === undefined ? (
            <>
              <Paragraph>{t('analysis.empty')}</Paragraph>
              {updateButton}
            </>
          ) : (
            <QueryResult query={shown}>
              {(analysis) => (
                <>
                  {viewingOlder && (
                    <Paragraph>
                      <strong>{t('analysis.viewingOlder')}</strong>{' '}
                      <Link href={broadViewPath(household.id)} linkComponent={RouterLink}>
                        {t('analysis.viewLatest')}
                      </Link>
                    </Paragraph>
                  )}
                  <Paragraph>
                    {t('analysis.snapshotOf', {
                      date: formatDateTime(analysis.createdAt, language),
                      name: analysis.createdBy.name,
                    })}
                  </Paragraph>
                  {updateButton}
                  <AnalysisView analysis={analysis} />
                </>
              )}
            </QueryResult>
          )}
          <section className="naast-stack" aria-labelledby="analysis-snapshots">
            <Heading level={2} id="analysis-snapshots">
              {t('analysis.snapshotsTitle')}
            </Heading>
            {snapshots.length === 0 ? (
              <Paragraph>{t('analysis.snapshotsEmpty')}</Paragraph>
            ) : (
              <SnapshotList
                snapshots={snapshots}
                shownId={shownId}
                total={household.members.length * domains.data.length}
                viewHref={(id) => broadViewPath(household.id, id === latestId ? undefined : id)}
              />
            )}
            <CompareSnapshots household={household} domains={domains.data} snapshots={snapshots} />
          </section>
        </>
      )}
    </div>
  )
}
