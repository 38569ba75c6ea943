import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { Button, Heading, Paragraph, StandaloneLink } from '@amsterdam/design-system-react'
import type { HouseholdFileExport } from '#shared/contracts/household-file'
import { ConversationKind } from '#shared/contracts/conversations'
import type { PlanAction } from '#shared/contracts/plans'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { portalPath } from '../../../app/paths.ts'
import { useMyFileExport } from '../api/get-my-file-export.ts'
import { asSentence, useCategoryWords } from './portal-file-words.ts'
import { AccessLogLine } from './portal-access-log.tsx'
import './portal.css'
import { groupVisits } from '#shared/domain/access-log'
import { ConsentStatus } from './portal-consents.tsx'
import { ShareItem } from './portal-shares.tsx'
import { ChevronBackwardIcon } from '../../../components/icons.tsx'

/**
 * "Al uw gegevens": the same export the download gives, as a page to read and print. Plain words at B1 level; on
 * paper only the facts remain (no header, menu or buttons).
 */
export function PortalExportPage() {
  const { householdId } = useParams()
  const id = Number(householdId)
  if (!Number.isSafeInteger(id) || id <= 0) return <NotFound />
  return <ExportLoader householdId={id} />
}

function ExportLoader({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  useDocumentTitle(t('portalExport.title'))
  const query = useMyFileExport(householdId)
  return (
    <QueryResult query={query} notFoundPage errorHeadingLevel={1}>
      {(file) => <ExportView file={file} householdId={householdId} />}
    </QueryResult>
  )
}

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/** A short list of "word: what it is", the word in bold. */
function Facts({ facts }: { facts: { term: string; text: ReactNode }[] }) {
  return (
    <dl className="naast-portal-file-facts">
      {facts.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd className="naast-portal-words">{fact.text}</dd>
        </div>
      ))}
    </dl>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="naast-stack naast-portal-export-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  )
}

function ExportView({ file, householdId }: { file: HouseholdFileExport; householdId: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const categoryWords = useCategoryWords()
  const unknown = t('portalExport.unknown')
  const { person, household } = file
  const goals = file.plan.plan?.goals ?? []

  return (
    <div className="naast-stack naast-readable naast-portal naast-portal-export">
      <StandaloneLink
        href={portalPath(householdId)}
        linkComponent={RouterLink}
        icon={ChevronBackwardIcon}
        className="naast-portal-no-print"
      >
        {t('portalExport.back')}
      </StandaloneLink>
      <Heading level={1}>{t('portalExport.title')}</Heading>
      <Paragraph>{t('portalExport.intro')}</Paragraph>
      <Paragraph>
        {t('portalExport.exportedAt', { date: formatDateTime(file.exportedAt, language) })}
      </Paragraph>
      <div className="naast-portal-print-row naast-portal-no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('portalExport.print')}
        </Button>
        <Paragraph size="small">{t('portalExport.printHint')}</Paragraph>
      </div>

      <Section id="export-person" title={t('portalExport.personTitle')}>
        <Facts
          facts={[
            { term: t('portalExport.name'), text: `${person.givenName} ${person.familyName}` },
            { term: t('portalExport.birthdate'), text: day(person.birthdate) },
            { term: t('portalExport.phone'), text: person.phone ?? unknown },
            { term: t('portalExport.email'), text: person.email ?? unknown },
            { term: t('portalExport.language'), text: person.preferredLanguage ?? unknown },
          ]}
        />
      </Section>

      <Section id="export-household" title={t('portalExport.householdTitle')}>
        <Facts
          facts={[
            { term: t('portalExport.householdName'), text: household.name },
            { term: t('portalExport.address'), text: household.address },
          ]}
        />
      </Section>

      <Section id="export-plan" title={t('portalExport.planTitle')}>
        {goals.length === 0 ? (
          <Paragraph>{t('portalExport.planEmpty')}</Paragraph>
        ) : (
          <ul className="naast-portal-file-list">
            {goals.map((goal) => (
              <li key={goal.key} className="naast-portal-file-item">
                <Heading level={3}>{t('portalExport.goal', { text: goal.text })}</Heading>
                {goal.owner && <Paragraph>{t('portalExport.goalBy', { name: goal.owner.name })}</Paragraph>}
                {goal.actions.length === 0 ? (
                  <Paragraph>{t('portalExport.noActions')}</Paragraph>
                ) : (
                  <ul className="naast-portal-export-actions">
                    {goal.actions.map((action) => (
                      <li key={action.key}>
                        <ActionLine action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="export-conversations" title={t('portalExport.conversationsTitle')}>
        {file.conversations.length === 0 ? (
          <Paragraph>{t('portalExport.conversationsEmpty')}</Paragraph>
        ) : (
          <ul className="naast-portal-file-list">
            {file.conversations.map((conversation, index) => {
              const kind = ConversationKind.safeParse(conversation.kind)
              return (
                <li key={`${conversation.occurredAt}-${index}`} className="naast-portal-file-item">
                  <Heading level={3}>
                    {t('portalExport.conversationHeading', {
                      date: day(conversation.occurredAt),
                      kind: kind.success ? t(`conversations.kinds.${kind.data}`) : conversation.kind,
                    })}
                  </Heading>
                  <Paragraph className="naast-portal-words">{conversation.text}</Paragraph>
                  <Paragraph size="small">
                    {t('portalExport.conversationBy', { name: conversation.author })}
                  </Paragraph>
                </li>
              )
            })}
          </ul>
        )}
      </Section>

      <Section id="export-broad-view" title={t('portalExport.broadViewTitle')}>
        {file.broadView.length === 0 ? (
          <Paragraph>{t('portalExport.broadViewEmpty')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('portalExport.broadViewIntro')}</Paragraph>
            <ul className="naast-portal-file-list">
              {file.broadView.map((cell, index) => (
                <li key={`${cell.date}-${cell.domain}-${index}`} className="naast-portal-file-item">
                  <Facts
                    facts={[
                      { term: t('portalExport.date'), text: day(cell.date) },
                      { term: t('portalExport.part'), text: cell.domain },
                      {
                        term: t('portalExport.score'),
                        text: cell.score === null ? t('portalExport.noScore') : String(cell.score),
                      },
                      { term: t('portalExport.strengths'), text: cell.strengths ?? '–' },
                      { term: t('portalExport.ownView'), text: cell.ownView ?? '–' },
                    ]}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="export-consents" title={t('portalExport.consentsTitle')}>
        {file.consents.length === 0 ? (
          <Paragraph>{t('portalExport.consentsEmpty')}</Paragraph>
        ) : (
          <ul className="naast-portal-file-list">
            {file.consents.map((consent) => (
              <li key={consent.id} className="naast-portal-file-item">
                <Paragraph>
                  {t('portalFile.consentByOther', {
                    giver: consent.giver.name,
                    recipient: consent.recipient,
                    categories: categoryWords(consent.categories),
                  })}{' '}
                  {t('portalFile.aboutPerson', { name: consent.subject.name })}
                </Paragraph>
                <Paragraph>{t('portalFile.purpose', { purpose: asSentence(consent.purpose) })}</Paragraph>
                <Paragraph>
                  {t('portalFile.given', {
                    date: day(consent.givenOn),
                    how: t(`portalFile.givenHow.${consent.how}`),
                  })}{' '}
                  {consent.validUntil
                    ? t('portalFile.validUntil', { date: day(consent.validUntil) })
                    : t('portalFile.noEnd')}
                </Paragraph>
                <Paragraph>
                  <strong>
                    <ConsentStatus consent={consent} myName={null} />
                  </strong>
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="export-shares" title={t('portalExport.sharesTitle')}>
        {file.shares.length === 0 ? (
          <Paragraph>{t('portalExport.sharesEmpty')}</Paragraph>
        ) : (
          <ul className="naast-portal-file-list">
            {file.shares.map((share) => (
              <li key={share.id}>
                <ShareItem share={share} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="export-log" title={t('portalExport.logTitle')}>
        {file.accessLog.length === 0 ? (
          <Paragraph>{t('portalExport.logEmpty')}</Paragraph>
        ) : (
          <ol className="naast-portal-log">
            {groupVisits(file.accessLog).map((entry) => (
              <AccessLogLine key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </Section>
    </div>
  )
}

/** "Naar de huisarts bellen: u, vóór 3 december 2026. Bezig." */
function ActionLine({ action }: { action: PlanAction }) {
  const { t } = useTranslation()
  return (
    <>
      {t('portalExport.action', {
        text: action.text,
        who: action.owner.name,
        when: action.dueOn ? t('portalPlan.before', { date: day(action.dueOn) }) : t('portalPlan.noDate'),
        status: t(`portalPlan.status.${action.status}`),
      })}
    </>
  )
}
