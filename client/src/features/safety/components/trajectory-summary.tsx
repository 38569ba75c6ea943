import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Trajectory } from '#shared/contracts/safety'
import { weighingQuestions } from '#shared/domain/afwegingskader'
import { formatDate } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useSignalLabel } from './safety-parts.tsx'
import { useOutcomeText } from './weighing-form.tsx'

/**
 * A decided trajectory, read only: the decision (help, the report with its date and reference, whether the
 * household was told beforehand or why not), that the team stays after a report, and steps 1–4 folded away.
 */
export function TrajectorySummary({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const decision = trajectory.decision
  if (!decision) return null
  const report = decision.report
  return (
    <div className="naast-stack">
      <Paragraph size="small">
        {t('safetyPage.meldcode.summary.decidedBy', {
          name: decision.by,
          date: formatDate(decision.at, language),
        })}
      </Paragraph>
      <DescriptionList termsWidth="medium" className="naast-safety-facts">
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.meldcode.summary.help')}</DescriptionList.Term>
          <DescriptionList.Description className="naast-safety-text">
            {decision.help?.description ?? t('safetyPage.meldcode.summary.noHelp')}
          </DescriptionList.Description>
        </DescriptionList.Section>
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.meldcode.summary.report')}</DescriptionList.Term>
          <DescriptionList.Description>
            {report
              ? t('safetyPage.meldcode.summary.reportValue', {
                  date: formatDate(report.on, language),
                  reference: report.reference,
                })
              : t('safetyPage.meldcode.summary.noReport')}
          </DescriptionList.Description>
        </DescriptionList.Section>
        {report && (
          <DescriptionList.Section>
            <DescriptionList.Term>{t('safetyPage.meldcode.summary.toldBeforehand')}</DescriptionList.Term>
            <DescriptionList.Description className="naast-safety-text">
              {report.toldBeforehand
                ? t('safetyPage.meldcode.summary.told')
                : t('safetyPage.meldcode.summary.notTold', { reason: report.notToldReason ?? '' })}
            </DescriptionList.Description>
          </DescriptionList.Section>
        )}
      </DescriptionList>
      {report && (
        <Paragraph>
          <strong>{t('safetyPage.meldcode.summary.teamStays')}</strong>
        </Paragraph>
      )}
      <details className="naast-details">
        <summary>{t('safetyPage.meldcode.summary.stepsDetails')}</summary>
        <div className="naast-details__body">
          <StepsRecord trajectory={trajectory} />
        </div>
      </details>
    </div>
  )
}

/** Steps 1–4 as they were recorded. */
function StepsRecord({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const signalLabel = useSignalLabel()
  const outcomeText = useOutcomeText()
  const { consultation, conversation, weighing } = trajectory
  const stepHeading = (step: 1 | 2 | 3 | 4) => (
    <Heading level={4}>
      {t('safetyPage.meldcode.stepLabel', { step, name: t(`safetyPage.meldcode.steps.s${step}`) })}
    </Heading>
  )
  return (
    <div className="naast-stack">
      {stepHeading(1)}
      <ul className="naast-plain-list">
        {trajectory.signals.map((signal) => (
          <li key={signal.id}>{signalLabel(signal)}</li>
        ))}
      </ul>
      {stepHeading(2)}
      {consultation ? (
        <DescriptionList termsWidth="medium" className="naast-safety-facts">
          <DescriptionList.Section>
            <DescriptionList.Term>{t('safetyPage.meldcode.consultation.consulted')}</DescriptionList.Term>
            <DescriptionList.Description>
              {t('safetyPage.meldcode.summary.consulted', {
                name: consultation.consulted,
                date: formatDate(consultation.on, language),
              })}
            </DescriptionList.Description>
          </DescriptionList.Section>
          <DescriptionList.Section>
            <DescriptionList.Term>{t('safetyPage.meldcode.summary.advice')}</DescriptionList.Term>
            <DescriptionList.Description className="naast-safety-text">
              {consultation.advice}
            </DescriptionList.Description>
          </DescriptionList.Section>
          {consultation.veiligThuisAdvice && (
            <DescriptionList.Section>
              <DescriptionList.Term>
                {t('safetyPage.meldcode.summary.veiligThuisAdvice', {
                  date: formatDate(consultation.veiligThuisAdvice.on, language),
                })}
              </DescriptionList.Term>
              <DescriptionList.Description className="naast-safety-text">
                {consultation.veiligThuisAdvice.advice}
              </DescriptionList.Description>
            </DescriptionList.Section>
          )}
        </DescriptionList>
      ) : (
        <Paragraph>{t('safetyPage.meldcode.notDone')}</Paragraph>
      )}
      {stepHeading(3)}
      {conversation ? (
        conversation.held ? (
          <DescriptionList termsWidth="medium" className="naast-safety-facts">
            <DescriptionList.Section>
              <DescriptionList.Term>{t('safetyPage.meldcode.conversation.withWhom')}</DescriptionList.Term>
              <DescriptionList.Description>
                {t('safetyPage.meldcode.summary.conversationHeld', {
                  withWhom: conversation.withWhom,
                  date: formatDate(conversation.on, language),
                })}
              </DescriptionList.Description>
            </DescriptionList.Section>
            <DescriptionList.Section>
              <DescriptionList.Term>{t('safetyPage.meldcode.conversation.summary')}</DescriptionList.Term>
              <DescriptionList.Description className="naast-safety-text">
                {conversation.summary}
              </DescriptionList.Description>
            </DescriptionList.Section>
          </DescriptionList>
        ) : (
          <Paragraph className="naast-safety-text">
            {t('safetyPage.meldcode.summary.conversationNotHeld', { reason: conversation.reason })}
          </Paragraph>
        )
      ) : (
        <Paragraph>{t('safetyPage.meldcode.notDone')}</Paragraph>
      )}
      {stepHeading(4)}
      {weighing ? (
        <>
          <DescriptionList termsWidth="wide" className="naast-safety-facts">
            {weighingQuestions.map((q) => {
              const item = weighing.answers[q]
              return (
                <DescriptionList.Section key={q}>
                  <DescriptionList.Term>
                    {t('safetyPage.meldcode.weighing.question', { n: q.slice(1) })}.{' '}
                    {t(`safetyPage.meldcode.weighing.${q}`)}
                  </DescriptionList.Term>
                  <DescriptionList.Description className="naast-safety-text">
                    {item
                      ? t('safetyPage.meldcode.summary.answerWithReasoning', {
                          answer: t(`safetyPage.${item.answer}`),
                          reasoning: item.reasoning,
                        })
                      : ''}
                  </DescriptionList.Description>
                </DescriptionList.Section>
              )
            })}
          </DescriptionList>
          <Paragraph>
            <strong>
              {t('safetyPage.meldcode.weighing.savedOutcome')}:{' '}
              {outcomeText(weighing.outcome, weighing.reasons)}
            </strong>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('safetyPage.meldcode.notDone')}</Paragraph>
      )}
    </div>
  )
}
