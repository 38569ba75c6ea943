import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { Alert, Button, Heading, Link, Paragraph, Row, StandaloneLink } from '@amsterdam/design-system-react'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { PlanOverview, PlanVersion } from '#shared/contracts/plans'
import { formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useLifeDomains } from '../../../lib/life-domains.ts'
import { useTeamWorkers } from '../../../lib/team-workers.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { StatusMessage } from '../../../components/form.tsx'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { ErrorState, LoadingState, QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyMark } from '../../../components/safety-mark.tsx'
import { SafetyLink } from '../../../components/safety-link.tsx'
import { householdPath, planPath } from '../../../app/paths.ts'
import { useHousehold } from '../../../lib/household-detail.ts'
import { usePlan } from '../api/get-plan.ts'
import { usePlanVersion } from '../api/get-plan-version.ts'
import { useOrganisations } from '../../../lib/organisations.ts'
import { MinorViews } from './minor-views.tsx'
import { PlanEditor } from './plan-editor.tsx'
import { PlanView } from './plan-view.tsx'
import { CompareVersions, VersionList } from './plan-versions.tsx'
import './plans.css'

/** The query parameter that opens an earlier version instead of the current one. */
const versionParam = 'versie'
const editButtonId = 'plan-edit'

/**
 * "Plan" (route steps 6–8): the plan made with and by the household, its versions, progress per goal, and the
 * reminders of what the broad view asks for. It blocks nothing: a reminder is a reminder.
 */
export function PlanPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  // A malformed id cannot exist; answer as the server would for any unknown household.
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <PlanLoader householdId={id} />
}

function PlanLoader({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  useDocumentTitle(household.data ? `${t('plan.pageTitle')} – ${household.data.name}` : t('plan.pageTitle'))
  return (
    <QueryResult query={household} notFoundPage errorHeadingLevel={1}>
      {(data) => <PlanScreen household={data} />}
    </QueryResult>
  )
}

type Saved = { version: number; unchanged: boolean }

function SavedMessage({ saved, onClose }: { saved: Saved; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target naast-no-print">
      <StatusMessage
        heading={saved.unchanged ? t('plan.savedUnchanged') : t('plan.saved', { version: saved.version })}
        headingLevel={2}
        onClose={onClose}
      />
    </div>
  )
}

function PlanScreen({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const overview = usePlan(household.id)
  const domains = useLifeDomains()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState<Saved | null>(null)

  const current = overview.data?.current ?? null
  const requested = Number(searchParams.get(versionParam))
  const olderNumber =
    current && requested !== current.version && overview.data?.versions.some((v) => v.version === requested)
      ? requested
      : undefined
  const older = usePlanVersion(household.id, olderNumber)

  function focusEditButton() {
    window.setTimeout(() => document.getElementById(editButtonId)?.focus(), 0)
  }

  function startEditing() {
    setSaved(null)
    setEditing(true)
    // The form edits the current version, whatever version was open.
    if (searchParams.has(versionParam)) setSearchParams({}, { replace: true })
  }

  function onSaved(version: PlanVersion) {
    setEditing(false)
    setSaved({ version: version.version, unchanged: current !== null && version.version === current.version })
  }

  function onCancel() {
    setEditing(false)
    focusEditButton()
  }

  async function openNewest() {
    await overview.refetch()
    setEditing(false)
    focusEditButton()
  }

  return (
    <div className="naast-stack">
      <StandaloneLink
        href={householdPath(household.id)}
        linkComponent={RouterLink}
        icon={ChevronBackwardIcon}
        className="naast-no-print"
      >
        {t('plan.back', { name: household.name })}
      </StandaloneLink>
      <Heading level={1} className="naast-heading-with-mark">
        {t('plan.title', { name: household.name })}
        <SafetyMark show={household.safetyMark} />
      </Heading>
      <SafetyLink householdId={household.id} />
      <Paragraph className="naast-readable naast-no-print">{t('plan.intro')}</Paragraph>

      {overview.isPending || domains.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : domains.isError ? (
        <ErrorState error={domains.error} onRetry={() => void domains.refetch()} />
      ) : editing ? (
        <EditorLoader
          household={household}
          overview={overview.data}
          domains={domains.data}
          onSaved={onSaved}
          onCancel={onCancel}
          onOpenNewest={() => void openNewest()}
        />
      ) : (
        <>
          {saved && <SavedMessage saved={saved} onClose={() => setSaved(null)} />}
          {olderNumber === undefined && <Reminder overview={overview.data} />}
          {current === null ? (
            <>
              <Paragraph className="naast-readable">{t('plan.empty')}</Paragraph>
              <Button id={editButtonId} onClick={startEditing}>
                {t('plan.start')}
              </Button>
            </>
          ) : (
            <>
              <Row gap="small" wrap className="naast-no-print">
                <Button id={editButtonId} onClick={startEditing}>
                  {t('plan.edit')}
                </Button>
                <Button variant="secondary" onClick={() => window.print()}>
                  {t('plan.print')}
                </Button>
              </Row>
              {olderNumber === undefined ? (
                <ShownVersion
                  plan={current}
                  household={household}
                  domains={domains.data}
                  overview={overview.data}
                />
              ) : (
                <QueryResult query={older}>
                  {(plan) => (
                    <ShownVersion
                      plan={plan}
                      household={household}
                      domains={domains.data}
                      overview={overview.data}
                      older
                    />
                  )}
                </QueryResult>
              )}
            </>
          )}
          <MinorViews household={household} views={overview.data.minorViews} />
          {overview.data.versions.length > 0 && (
            <section className="naast-stack naast-no-print" aria-labelledby="plan-versions">
              <Heading level={2} id="plan-versions">
                {t('plan.versionsTitle')}
              </Heading>
              <VersionList
                versions={overview.data.versions}
                shown={olderNumber ?? current?.version}
                viewHref={(version) =>
                  version === current?.version
                    ? planPath(household.id)
                    : `${planPath(household.id)}?${versionParam}=${version}`
                }
              />
              <CompareVersions
                household={household}
                domains={domains.data}
                versions={overview.data.versions}
              />
            </section>
          )}
        </>
      )}
    </div>
  )
}

function ShownVersion({
  plan,
  household,
  domains,
  overview,
  older = false,
}: {
  plan: PlanVersion
  household: HouseholdDetail
  domains: LifeDomain[]
  overview: PlanOverview
  older?: boolean
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <>
      {older && (
        <Paragraph className="naast-no-print">
          <strong>{t('plan.viewingOlder')}</strong>{' '}
          <Link href={planPath(household.id)} linkComponent={RouterLink}>
            {t('plan.viewLatest')}
          </Link>
        </Paragraph>
      )}
      <Paragraph>
        {t('plan.versionOf', {
          version: plan.version,
          date: formatDateTime(plan.createdAt, language),
          name: plan.createdBy.name,
        })}
      </Paragraph>
      <PlanView
        plan={plan}
        household={household}
        domains={domains}
        progress={older ? undefined : overview.progress}
        currentVersion={overview.current?.version ?? plan.version}
      />
    </>
  )
}

/** Domains the broad view scored 1 or 2 that have no goal and no reason yet: a reminder, never a block. */
function Reminder({ overview }: { overview: PlanOverview }) {
  const { t } = useTranslation()
  if (overview.domainsNeedingAttention.length === 0) return null
  return (
    <Alert severity="warning" heading={t('plan.reminderTitle')} headingLevel={2} className="naast-no-print">
      <div className="naast-stack naast-alert-body">
        <Paragraph>{t('plan.reminderIntro')}</Paragraph>
        <ul className="naast-plain-list">
          {overview.domainsNeedingAttention.map((domain) => (
            <li key={domain.domainId}>
              {t('plan.reminderItem', { domain: domain.name, names: domain.personNames.join(', ') })}
            </li>
          ))}
        </ul>
        <Paragraph>{t('plan.reminderAction')}</Paragraph>
      </div>
    </Alert>
  )
}

type EditorLoaderProps = {
  household: HouseholdDetail
  overview: PlanOverview
  domains: LifeDomain[]
  onSaved: (saved: PlanVersion) => void
  onCancel: () => void
  onOpenNewest: () => void
}

/** The form needs the team's workers and the partner organisations as owners of actions. */
function EditorLoader(props: EditorLoaderProps) {
  const workers = useTeamWorkers()
  const organisations = useOrganisations()
  if (workers.isPending || organisations.isPending) return <LoadingState />
  if (workers.isError) return <ErrorState error={workers.error} onRetry={() => void workers.refetch()} />
  if (organisations.isError)
    return <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
  return <PlanEditor {...props} workers={workers.data} organisations={organisations.data} />
}
