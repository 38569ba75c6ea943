import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Reflection } from '#shared/contracts/reflections'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { RecordReflectionForm } from './record-reflection-form.tsx'

/**
 * One reflection on the case page. Asked for: who asked and when ("Gevraagd door … op …"), the question, and the
 * form to record the report. Held: the report as recorded, with "no counter-arguments" said out loud when none were heard.
 */
export function ReflectionCard({
  reflection,
  onRecorded,
  onStart,
}: {
  reflection: Reflection
  onRecorded: () => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const { held } = reflection
  const headingId = `reflection-${reflection.id}-title`
  return (
    <article
      className={`naast-card naast-reflection naast-reflection--${held ? 'held' : 'asked'}`}
      aria-labelledby={headingId}
    >
      <Heading level={3} size="level-4" id={headingId}>
        {held
          ? t('reflections.heldHeading', { date: formatDate(held.heldOn, language) })
          : t('reflections.requestedBy', {
              name: reflection.requestedBy,
              date: formatDate(reflection.requestedAt, language),
            })}
      </Heading>
      <DescriptionList termsWidth="medium" className="naast-reflection__facts">
        <ReflectionFact term={t('reflections.question')}>{reflection.question}</ReflectionFact>
        {held && (
          <>
            <ReflectionFact term={t('reflections.participants')}>{held.participants}</ReflectionFact>
            <ReflectionFact term={t('reflections.considerations')}>{held.considerations}</ReflectionFact>
            <ReflectionFact term={t('reflections.counterArguments')}>
              {held.counterArguments || t('reflections.noCounterArguments')}
            </ReflectionFact>
            <ReflectionFact term={t('reflections.advice')}>{held.advice}</ReflectionFact>
            <ReflectionFact term={t('reflections.followUp')}>{held.followUp}</ReflectionFact>
          </>
        )}
      </DescriptionList>
      {held && (
        <Paragraph size="small">
          {t('reflections.requestedByRecordedBy', {
            name: reflection.requestedBy,
            date: formatDate(reflection.requestedAt, language),
            recorder: held.recordedBy,
          })}
        </Paragraph>
      )}
      {!held && (
        <>
          <Paragraph size="small">{t('reflections.notHeldYet')}</Paragraph>
          <details className="naast-details" onToggle={onStart}>
            <summary>{t('reflections.recordSummary')}</summary>
            <div className="naast-details__body">
              <RecordReflectionForm
                householdId={reflection.householdId}
                reflectionId={reflection.id}
                onRecorded={onRecorded}
              />
            </div>
          </details>
        </>
      )}
    </article>
  )
}

/** A term and a text someone wrote, line breaks kept. */
export function ReflectionFact({ term, children }: { term: string; children: string }) {
  return (
    <DescriptionList.Section>
      <DescriptionList.Term>{term}</DescriptionList.Term>
      <DescriptionList.Description className="naast-reflection__text">{children}</DescriptionList.Description>
    </DescriptionList.Section>
  )
}
