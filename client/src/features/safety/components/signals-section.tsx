import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DescriptionList, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { FollowUpSignalInput, type SafetyOverview, type Signal } from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, SubmitButton, TextAreaField } from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { useFollowUpSignal } from '../api/follow-up-signal.ts'
import { RecordSignalForm } from './record-signal-form.tsx'
import { errorsByField, sortSignals } from './safety-parts.tsx'

/**
 * "Signalen": what was seen or heard, open ones first, each with about whom, by whom and when; a signal outside a
 * meldcode trajectory is followed up here with a note. Below, the form to record a new one (the "nieuw-signaal"
 * anchor every case page links to).
 */
export function SignalsSection({
  household,
  overview,
}: {
  household: HouseholdDetail
  overview: SafetyOverview
}) {
  const { t } = useTranslation()
  // The follow-up form is gone once it worked, so its confirmation stands above the list.
  const [message, setMessage] = useState<string | null>(null)
  const signals = sortSignals(overview.signals)

  return (
    <section className="naast-stack" aria-labelledby="safety-signals">
      <Heading level={2} id="safety-signals">
        {t('safetyPage.signals.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPage.signals.intro')}</Paragraph>
      {message && <FocusedStatus key={message} heading={message} onClose={() => setMessage(null)} />}
      {signals.length === 0 ? (
        <Paragraph>{t('safetyPage.signals.empty')}</Paragraph>
      ) : (
        <ul className="naast-card-list naast-signal-list">
          {signals.map((signal) => (
            <li key={signal.id}>
              <SignalCard
                signal={signal}
                householdId={household.id}
                onFollowedUp={() => setMessage(t('safetyPage.signals.followedUpMessage'))}
                onStart={() => setMessage(null)}
              />
            </li>
          ))}
        </ul>
      )}
      <RecordSignalForm household={household} onStart={() => setMessage(null)} />
    </section>
  )
}

function SignalCard({
  signal,
  householdId,
  onFollowedUp,
  onStart,
}: {
  signal: Signal
  householdId: number
  onFollowedUp: () => void
  onStart: () => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const open = signal.followUp === null
  const headingId = `signal-${signal.id}-title`
  return (
    <article
      className={`naast-card naast-signal ${open ? 'naast-signal--open' : 'naast-signal--done'}`}
      aria-labelledby={headingId}
    >
      <Heading level={3} size="level-4" id={headingId}>
        {t('safetyPage.signals.signalOf', { date: formatDate(signal.observedOn, language) })}
      </Heading>
      <div className="naast-signal__status">
        <span className={`naast-signal-status naast-signal-status--${open ? 'open' : 'done'}`}>
          {open ? t('safetyPage.signals.open') : t('safetyPage.signals.followedUp')}
        </span>
        {signal.trajectoryId !== null && (
          <span className="naast-signal-status naast-signal-status--meldcode">
            {t('safetyPage.signals.inTrajectory')}
          </span>
        )}
      </div>
      <Paragraph className="naast-signal__observation">{signal.observation}</Paragraph>
      <DescriptionList termsWidth="medium" className="naast-signal__facts naast-safety-facts">
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.signals.about')}</DescriptionList.Term>
          <DescriptionList.Description>
            {signal.persons.map((p) => p.name).join(', ')}
          </DescriptionList.Description>
        </DescriptionList.Section>
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.signals.observedBy')}</DescriptionList.Term>
          <DescriptionList.Description>{signal.observedBy}</DescriptionList.Description>
        </DescriptionList.Section>
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.signals.observedOn')}</DescriptionList.Term>
          <DescriptionList.Description>{formatDate(signal.observedOn, language)}</DescriptionList.Description>
        </DescriptionList.Section>
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.signals.source')}</DescriptionList.Term>
          <DescriptionList.Description>
            {t(`safetyPage.sources.${signal.source}`)}
          </DescriptionList.Description>
        </DescriptionList.Section>
        <DescriptionList.Section>
          <DescriptionList.Term>{t('safetyPage.signals.raisedBy')}</DescriptionList.Term>
          <DescriptionList.Description>
            {t('safetyPage.signals.raisedByValue', {
              name: signal.raisedBy,
              date: formatDate(signal.raisedAt, language),
            })}
          </DescriptionList.Description>
        </DescriptionList.Section>
        {signal.followUp && (
          <DescriptionList.Section>
            <DescriptionList.Term>{t('safetyPage.signals.followUpTitle')}</DescriptionList.Term>
            <DescriptionList.Description className="naast-signal__observation">
              {signal.followUp.note
                ? t('safetyPage.signals.followUpValue', {
                    name: signal.followUp.by,
                    date: formatDate(signal.followUp.at, language),
                    note: signal.followUp.note,
                  })
                : t('safetyPage.signals.followedUpByDecision', {
                    name: signal.followUp.by,
                    date: formatDate(signal.followUp.at, language),
                  })}
            </DescriptionList.Description>
          </DescriptionList.Section>
        )}
      </DescriptionList>
      {open && signal.trajectoryId !== null && (
        <Paragraph size="small">{t('safetyPage.signals.inTrajectoryHint')}</Paragraph>
      )}
      {open && signal.trajectoryId === null && (
        <details className="naast-details" onToggle={onStart}>
          <summary>{t('safetyPage.signals.followUp')}</summary>
          <div className="naast-details__body">
            <FollowUpForm signalId={signal.id} householdId={householdId} onFollowedUp={onFollowedUp} />
          </div>
        </details>
      )}
    </article>
  )
}

function FollowUpForm({
  signalId,
  householdId,
  onFollowedUp,
}: {
  signalId: number
  householdId: number
  onFollowedUp: () => void
}) {
  const { t } = useTranslation()
  const followUp = useFollowUpSignal(householdId)
  const errors = useFormErrors()
  const [note, setNote] = useState('')
  const fieldIds = { note: `signal-${signalId}-note` }
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (followUp.isPending) return
    const checked = validate(FollowUpSignalInput, { note })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    followUp.mutate(
      { signalId, note: checked.data.note },
      { onSuccess: onFollowedUp, onError: errors.showError },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert {...errors} fieldErrors={fieldErrors} fieldIds={fieldIds} headingLevel={4} />
      <TextAreaField
        id={fieldIds.note}
        label={t('safetyPage.signals.followUpNote')}
        description={t('safetyPage.signals.followUpNoteHint')}
        error={fieldErrors.note}
        rows={3}
        value={note}
        onChange={setNote}
      />
      <SubmitButton
        busy={followUp.isPending}
        label={t('safetyPage.signals.followUpSave')}
        busyLabel={t('safetyPage.saving')}
        variant="secondary"
      />
    </form>
  )
}
