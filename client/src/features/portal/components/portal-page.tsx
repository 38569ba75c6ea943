import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { Heading, Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react'
import type { HouseholdPortal, WorkerContact } from '#shared/contracts/households'
import { retentionApi } from '#shared/contracts/oversight'
import { formatDate } from '#shared/domain/dates'
import { callApi } from '../../../lib/api.ts'
import { mailtoHref, telHref } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { ErrorState, LoadingState, QueryResult } from '../../../components/query-states.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { portalKeys, usePortal } from '../api/get-portal.ts'
import { PortalPlanSections } from './portal-plan.tsx'
import { PortalSafetyPlan } from './portal-safety-plan.tsx'
import { PortalRights } from './portal-rights.tsx'
import { PortalConsents } from './portal-consents.tsx'
import { PortalShares } from './portal-shares.tsx'
import { PortalAccessLog } from './portal-access-log.tsx'
import { PortalExport } from './portal-export.tsx'
import './portal.css'

/**
 * The household member's own page. Written at B1 level: short sentences and plain words, no professional terms
 * (see "Plain words for households" in the domain brief).
 */
export function PortalPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <PortalLoader householdId={id} />
}

function PortalLoader({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  useDocumentTitle(t('portal.title'))
  const query = usePortal(householdId)
  return (
    <QueryResult query={query} notFoundPage errorHeadingLevel={1}>
      {(portal) => <PortalView portal={portal} />}
    </QueryResult>
  )
}

function PortalView({ portal }: { portal: HouseholdPortal }) {
  const { t } = useTranslation()
  const name = useMe().data?.name
  const teamPhone = portal.team.phone

  return (
    <div className="naast-stack naast-readable naast-portal">
      <Heading level={1}>{t('portal.title')}</Heading>
      {name && <Paragraph size="large">{t('portal.welcome', { name })}</Paragraph>}
      <Paragraph>{t('portal.intro')}</Paragraph>

      <section className="naast-stack" aria-labelledby="portal-workers">
        <Heading level={2} id="portal-workers">
          {t('portal.yourWorker')}
        </Heading>
        {portal.workers.length === 0 ? (
          <Paragraph>{t('portal.noWorkerYet')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('portal.workerIntro')}</Paragraph>
            {portal.workers.map((worker) => (
              <WorkerCard key={worker.id} worker={worker} />
            ))}
          </>
        )}
        {teamPhone && (
          <Paragraph>
            <Link href={telHref(teamPhone)}>{t('portal.callTeam', { phone: teamPhone })}</Link>
          </Paragraph>
        )}
      </section>

      <PortalPlanSections portal={portal} />
      <PortalSafetyPlan householdId={portal.id} />

      <section className="naast-stack" aria-labelledby="portal-family">
        <Heading level={2} id="portal-family">
          {t('portal.yourHousehold')}
        </Heading>
        {portal.members.length === 0 ? (
          <Paragraph>{t('portal.membersEmpty')}</Paragraph>
        ) : (
          <UnorderedList>
            {portal.members.map((member) => (
              <UnorderedList.Item key={member.id}>
                {member.age === null
                  ? member.givenName
                  : t('portal.member', {
                      name: member.givenName,
                      age: t('household.ageYears', { count: member.age }),
                    })}
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        )}
      </section>

      <PortalConsents householdId={portal.id} />
      <PortalShares householdId={portal.id} />
      <PortalAccessLog householdId={portal.id} />
      <PortalExport householdId={portal.id} />
      <PortalRetention householdId={portal.id} />

      <PortalRights />
    </div>
  )
}

/** A contact person with ways to reach them that work with one tap on a phone. */
function WorkerCard({ worker }: { worker: WorkerContact }) {
  const { t } = useTranslation()
  return (
    <div className="naast-contact">
      <Heading level={3}>{worker.name}</Heading>
      {worker.phone && (
        <Paragraph>
          <Link href={telHref(worker.phone)}>
            {t('portal.callWorkerNumber', { name: worker.name, phone: worker.phone })}
          </Link>
        </Paragraph>
      )}
      <Paragraph>
        <Link href={mailtoHref(worker.email)}>
          {t('portal.mailWorkerAddress', { name: worker.name, email: worker.email })}
        </Link>
      </Paragraph>
    </div>
  )
}

/** "Hoe lang bewaren wij uw dossier?": the date after which the file is deleted, and why, in plain words. */
function PortalRetention({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const retention = useQuery({
    queryKey: [...portalKeys.household(householdId), 'retention'],
    queryFn: () => callApi(retentionApi.ofOwnFile, { params: { householdId } }),
  })
  return (
    <section className="naast-stack" aria-labelledby="portal-retention">
      <Heading level={2} id="portal-retention">
        {t('oversight.household.retentionTitle')}
      </Heading>
      {retention.isPending ? (
        <LoadingState />
      ) : retention.isError ? (
        <ErrorState error={retention.error} onRetry={() => void retention.refetch()} headingLevel={3} />
      ) : (
        <>
          <Paragraph>
            {t('oversight.household.retentionUntil', {
              date: formatDate(retention.data.retentionDate, currentLanguage()),
            })}
          </Paragraph>
          <Paragraph>
            {retention.data.kind === 'minor'
              ? t('oversight.household.retentionWhyMinor', { years: retention.data.years })
              : t('oversight.household.retentionWhyOther', { years: retention.data.years })}
          </Paragraph>
          <Paragraph>{t('oversight.household.retentionMoves')}</Paragraph>
        </>
      )}
    </section>
  )
}
