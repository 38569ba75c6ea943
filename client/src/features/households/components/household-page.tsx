import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import {
  DescriptionList,
  Heading,
  Link,
  Paragraph,
  StandaloneLink,
  Table,
} from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { formatAddress, mailtoHref, telHref } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { SafetyMark } from '../../../components/safety-mark.tsx'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'
import { HouseholdSections } from '../../../components/household-sections.tsx'
import { paths } from '../../../app/paths.ts'
import { useHousehold } from '../../../lib/household-detail.ts'
import { HouseholdRequests } from './household-requests.tsx'
import { FirstContactSection } from './first-contact-section.tsx'
import { TransferSection } from './transfer-section.tsx'
import { HouseholdPeople } from './household-people.tsx'

/** The household's own page for the worker and the supervisor: who lives there and who is involved. */
export function HouseholdPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  // A malformed id cannot exist; answer as the server would for any unknown household.
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <HouseholdLoader householdId={id} />
}

function HouseholdLoader({ householdId }: { householdId: number }) {
  const query = useHousehold(householdId)
  useDocumentTitle(query.data?.name)
  return (
    <QueryResult query={query} notFoundPage errorHeadingLevel={1}>
      {(household) => <HouseholdView household={household} />}
    </QueryResult>
  )
}

function HouseholdView({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const me = useMe().data
  const back =
    me?.role === 'supervisor'
      ? { href: paths.team, label: t('household.backToTeam') }
      : { href: paths.caseload, label: t('household.backToCaseload') }

  return (
    <div className="naast-stack">
      <StandaloneLink href={back.href} linkComponent={RouterLink} icon={ChevronBackwardIcon}>
        {back.label}
      </StandaloneLink>
      <Heading level={1} className="naast-heading-with-mark">
        {household.name}
        <SafetyMark show={household.safetyMark} />
      </Heading>
      <DescriptionList termsWidth="narrow">
        <DescriptionList.Term>{t('household.address')}</DescriptionList.Term>
        <DescriptionList.Description>{formatAddress(household.address)}</DescriptionList.Description>
        <DescriptionList.Term>{t('household.neighbourhood')}</DescriptionList.Term>
        <DescriptionList.Description>{household.neighbourhood.name}</DescriptionList.Description>
        <DescriptionList.Term>{t('household.team')}</DescriptionList.Term>
        <DescriptionList.Description>{household.team.name}</DescriptionList.Description>
        <DescriptionList.Term>{t('household.knownSince')}</DescriptionList.Term>
        <DescriptionList.Description>{formatDate(household.createdAt, language)}</DescriptionList.Description>
      </DescriptionList>

      <HouseholdSections household={household} />

      <HouseholdRequests householdId={household.id} />

      <HouseholdPeople household={household} />

      <FirstContactSection household={household} />

      <section className="naast-stack" aria-labelledby="household-workers">
        <Heading level={2} id="household-workers">
          {t('household.workers')}
        </Heading>
        {household.workers.length === 0 ? (
          <Paragraph>{t('household.workersEmpty')}</Paragraph>
        ) : (
          <Table className="naast-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('household.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.email')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('household.phone')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {household.workers.map((worker) => (
                <Table.Row key={worker.id}>
                  <Table.HeaderCell scope="row">{worker.name}</Table.HeaderCell>
                  <Table.Cell>
                    <Link href={mailtoHref(worker.email)}>{worker.email}</Link>
                  </Table.Cell>
                  <Table.Cell>
                    {worker.phone ? (
                      <Link href={telHref(worker.phone)}>{worker.phone}</Link>
                    ) : (
                      t('household.noPhone')
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      {/* Handing a case over is the worker's own step (a supervisor assigns instead). */}
      {me?.role === 'worker' && <TransferSection household={household} myId={me.id} />}
    </div>
  )
}
