import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Reflection } from '#shared/contracts/reflections'
import { useScrollToAnchor } from '../../../lib/use-scroll-to-anchor.ts'
import { QueryResult } from '../../../components/query-states.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { useReflections } from '../api/list-reflections.ts'
import { ReflectionCard } from './reflection-card.tsx'
import { RequestReflectionForm } from './request-reflection-form.tsx'
import './reflections.css'

/** The anchor the team's list of reflections links to ("/huishoudens/1#reflectie"). */
const anchor = 'reflectie'

type Message = { heading: string; text?: string; count: number }

/**
 * "Reflectie op deze casus" (route step 10, learning from practice): reflections asked for, waiting for their
 * report, above the ones held; asking for a new one, or recording one that took place at once.
 */
export function ReflectionsSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const reflections = useReflections(householdId)
  useScrollToAnchor(anchor, reflections.isSuccess)

  return (
    <section
      id={anchor}
      tabIndex={-1}
      className="naast-stack naast-focus-target"
      aria-labelledby="household-reflections"
    >
      <Heading level={2} id="household-reflections">
        {t('reflections.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('reflections.intro')}</Paragraph>
      <QueryResult query={reflections} errorHeadingLevel={3}>
        {(list) => <ReflectionParts householdId={householdId} reflections={list} />}
      </QueryResult>
    </section>
  )
}

function ReflectionParts({ householdId, reflections }: { householdId: number; reflections: Reflection[] }) {
  const { t } = useTranslation()
  // One confirmation at a time, above the list: a recorded report's form is gone once it worked.
  const [message, setMessage] = useState<Message | null>(null)
  const show = (heading: string, text?: string) =>
    setMessage((previous) => ({ heading, text, count: (previous?.count ?? 0) + 1 }))
  const sorted = sortReflections(reflections)

  return (
    <>
      {message && (
        <FocusedStatus key={message.count} heading={message.heading} onClose={() => setMessage(null)}>
          {message.text && <Paragraph>{message.text}</Paragraph>}
        </FocusedStatus>
      )}
      {sorted.length === 0 ? (
        <Paragraph>{t('reflections.empty')}</Paragraph>
      ) : (
        <ul className="naast-card-list naast-reflection-list">
          {sorted.map((reflection) => (
            <li key={reflection.id}>
              <ReflectionCard
                reflection={reflection}
                onRecorded={() => show(t('reflections.recorded'))}
                onStart={() => setMessage(null)}
              />
            </li>
          ))}
        </ul>
      )}
      <details className="naast-details">
        <summary>{t('reflections.requestSummary')}</summary>
        <div className="naast-details__body">
          <RequestReflectionForm
            householdId={householdId}
            onStart={() => setMessage(null)}
            onRequested={(held) =>
              held
                ? show(t('reflections.requestedHeld'))
                : show(t('reflections.requested'), t('reflections.requestedBody'))
            }
          />
        </div>
      </details>
    </>
  )
}

/** Asked for and not yet held first (newest first), then held ones (most recently held first). */
function sortReflections(reflections: Reflection[]): Reflection[] {
  return [...reflections].sort((a, b) => {
    if ((a.held === null) !== (b.held === null)) return a.held === null ? -1 : 1
    const when = (r: Reflection) => r.held?.heldOn ?? r.requestedAt
    return when(b).localeCompare(when(a)) || b.id - a.id
  })
}
