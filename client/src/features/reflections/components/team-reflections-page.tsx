import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Link, Paragraph } from '@amsterdam/design-system-react'
import type { Reflection } from '#shared/contracts/reflections'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useTeamReflections } from '../api/get-team-reflections.ts'
import { ReflectionFact as Fact } from './reflection-card.tsx'
import './reflections.css'

/**
 * "Reflecties in het team": the supervisor's view of route step 10. Asked for and not yet held, the longest
 * waiting first (those are the ones to plan); then held ones, the most recent first, with their advice and
 * follow-up. Every household's name leads to the reflection on its page.
 */
export function TeamReflectionsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('reflections.teamTitle'))
  const reflections = useTeamReflections()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('reflections.teamTitle')}</Heading>
      <Paragraph className="naast-readable">{t('reflections.teamIntro')}</Paragraph>
      <QueryResult query={reflections}>
        {(list) => {
          const asked = list
            .filter((r) => r.held === null)
            .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id - b.id)
          const heldOn = (r: Reflection) => r.held?.heldOn ?? ''
          const held = list
            .filter((r) => r.held !== null)
            .sort((a, b) => heldOn(b).localeCompare(heldOn(a)) || b.id - a.id)
          return (
            <>
              <Part
                id="team-reflections-asked"
                title={t('reflections.teamAsked')}
                intro={t('reflections.teamAskedIntro')}
                empty={t('reflections.teamAskedEmpty')}
                reflections={asked}
              />
              <Part
                id="team-reflections-held"
                title={t('reflections.teamHeld')}
                intro={t('reflections.teamHeldIntro')}
                empty={t('reflections.teamHeldEmpty')}
                reflections={held}
              />
            </>
          )
        }}
      </QueryResult>
    </div>
  )
}

function Part({
  id,
  title,
  intro,
  empty,
  reflections,
}: {
  id: string
  title: string
  intro: string
  empty: string
  reflections: Reflection[]
}) {
  return (
    <section className="naast-stack" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {reflections.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <>
          <Paragraph className="naast-readable">{intro}</Paragraph>
          <ul className="naast-card-list naast-reflection-list">
            {reflections.map((reflection) => (
              <li key={reflection.id}>
                <TeamReflection reflection={reflection} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function TeamReflection({ reflection }: { reflection: Reflection }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const { held } = reflection
  const headingId = `team-reflection-${reflection.id}`
  return (
    <article className="naast-card naast-reflection" aria-labelledby={headingId}>
      <Heading level={3} size="level-4" id={headingId}>
        <Link href={`${householdPath(reflection.householdId)}#reflectie`} linkComponent={RouterLink}>
          {reflection.householdName}
        </Link>
      </Heading>
      <Paragraph size="small">
        {t('reflections.requestedBy', {
          name: reflection.requestedBy,
          date: formatDate(reflection.requestedAt, language),
        })}
      </Paragraph>
      <DescriptionList termsWidth="medium" className="naast-reflection__facts">
        <Fact term={t('reflections.question')}>{reflection.question}</Fact>
        {held && (
          <>
            <Fact term={t('reflections.heldOn')}>{formatDate(held.heldOn, language)}</Fact>
            <Fact term={t('reflections.advice')}>{held.advice}</Fact>
            <Fact term={t('reflections.followUp')}>{held.followUp}</Fact>
          </>
        )}
      </DescriptionList>
    </article>
  )
}
