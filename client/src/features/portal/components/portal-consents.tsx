import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Consent } from '#shared/contracts/consents'
import { formatDate } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { ErrorState, LoadingState } from '../../../components/query-states.tsx'
import { useMyConsents } from '../api/get-my-consents.ts'
import { usePortalPlan } from '../api/get-portal-plan.ts'
import { useWithdrawMyConsent } from '../api/withdraw-my-consent.ts'
import { asSentence, useCategoryWords } from './portal-file-words.ts'

/** A consent that counts now, or will: the member can withdraw it. One that ran out or was withdrawn stays as is. */
const canWithdraw = (consent: Consent) => consent.status === 'valid' || consent.status === 'notYetValid'

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/**
 * "Wat u goedvindt dat we delen": every consent the member gave or that is about them, in sentences, with
 * "Intrekken" on the ones that count. Withdrawing asks once more, then takes effect at once.
 */
export function PortalConsents({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const consents = useMyConsents(householdId)
  // Who is looking (to say "u" instead of their own name): the plan section fetches it already.
  const plan = usePortalPlan(householdId)
  const myName = useMe().data?.name ?? null
  const withdraw = useWithdrawMyConsent(householdId)
  const [asking, setAsking] = useState<number | null>(null)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const viewerPersonId = plan.data?.viewerPersonId ?? null

  function confirm(consent: Consent) {
    if (withdraw.isPending) return
    setMessage(null)
    const done =
      viewerPersonId !== null && consent.giver.personId !== viewerPersonId
        ? t('portalFile.withdrawnOther')
        : t('portalFile.withdrawn')
    withdraw.mutate(consent.id, {
      onSuccess: () => setMessage({ text: done, failed: false }),
      onError: (error) =>
        setMessage({ text: t('portalFile.withdrawFailed', { reason: errorText(error, t) }), failed: true }),
      // The button that was used is gone: focus goes to the message, so keyboard users keep their place.
      onSettled: () => {
        setAsking(null)
        statusRef.current?.focus()
      },
    })
  }

  return (
    <section className="naast-stack" aria-labelledby="portal-consents">
      <Heading level={2} id="portal-consents">
        {t('portalFile.consentsTitle')}
      </Heading>
      {consents.isPending || plan.isPending ? (
        <LoadingState />
      ) : consents.isError ? (
        <ErrorState error={consents.error} onRetry={() => void consents.refetch()} headingLevel={3} />
      ) : consents.data.length === 0 ? (
        <Paragraph>{t('portalFile.consentsEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('portalFile.consentsIntro')}</Paragraph>
          <ul className="naast-portal-file-list">
            {consents.data.map((consent) => (
              <li key={consent.id}>
                <ConsentItem
                  consent={consent}
                  viewerPersonId={viewerPersonId}
                  myName={myName}
                  asking={asking === consent.id}
                  busy={withdraw.isPending && withdraw.variables === consent.id}
                  onAsk={() => {
                    setMessage(null)
                    setAsking(consent.id)
                  }}
                  onCancel={() => setAsking(null)}
                  onConfirm={() => confirm(consent)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={[
          'naast-focus-target naast-portal-no-print naast-portal-done-status naast-portal-file-status',
          message?.failed ? 'naast-error-text' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {message?.text}
      </Paragraph>
    </section>
  )
}

type ConsentItemProps = {
  consent: Consent
  viewerPersonId: number | null
  myName: string | null
  asking: boolean
  busy: boolean
  onAsk: () => void
  onCancel: () => void
  onConfirm: () => void
}

/** One consent in sentences: who agrees, with whom, about what, why, since when and until when, and how it stands. */
function ConsentItem({
  consent,
  viewerPersonId,
  myName,
  asking,
  busy,
  onAsk,
  onCancel,
  onConfirm,
}: ConsentItemProps) {
  const { t } = useTranslation()
  const categoryWords = useCategoryWords()
  const headingId = `portal-consent-${consent.id}`
  const byMe = viewerPersonId !== null && consent.giver.personId === viewerPersonId
  const aboutMe = viewerPersonId !== null && consent.subject.personId === viewerPersonId
  const categories = categoryWords(consent.categories)
  const withdrawable = canWithdraw(consent)

  // Back from "Weet u het zeker?" without withdrawing: focus returns to the button that asked. (After withdrawing,
  // the section moves focus to its message instead.)
  const askRef = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  useEffect(() => {
    if (asking || !refocus.current) return
    refocus.current = false
    askRef.current?.focus()
  }, [asking])
  const cancel = () => {
    refocus.current = true
    onCancel()
  }

  return (
    <article
      className={`naast-portal-file-item naast-portal-file-item--${consent.status}`}
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId}>
        {t('portalFile.consentHeading', { recipient: consent.recipient })}
      </Heading>
      <div className="naast-portal-file-lines">
        <Paragraph>
          {byMe
            ? t('portalFile.consentByYou', { recipient: consent.recipient, categories })
            : t('portalFile.consentByOther', {
                giver: consent.giver.name,
                recipient: consent.recipient,
                categories,
              })}
        </Paragraph>
        {!aboutMe ? (
          <Paragraph>{t('portalFile.aboutPerson', { name: consent.subject.name })}</Paragraph>
        ) : (
          !byMe && <Paragraph>{t('portalFile.aboutYou')}</Paragraph>
        )}
        <Paragraph className="naast-portal-words">
          {t('portalFile.purpose', { purpose: asSentence(consent.purpose) })}
        </Paragraph>
        <Paragraph>
          {t('portalFile.given', {
            date: day(consent.givenOn),
            how: t(`portalFile.givenHow.${consent.how}`),
          })}
        </Paragraph>
        {consent.status !== 'withdrawn' && (
          <Paragraph>
            {consent.validUntil
              ? t('portalFile.validUntil', { date: day(consent.validUntil) })
              : t('portalFile.noEnd')}
          </Paragraph>
        )}
        <Paragraph>
          <strong>
            <ConsentStatus consent={consent} myName={myName} />
          </strong>
        </Paragraph>
      </div>
      {withdrawable &&
        (asking ? (
          <ConfirmWithdraw busy={busy} onConfirm={onConfirm} onCancel={cancel} />
        ) : (
          <Button
            ref={askRef}
            variant="secondary"
            className="naast-portal-no-print"
            aria-label={
              aboutMe
                ? t('portalFile.withdrawLabel', { recipient: consent.recipient })
                : t('portalFile.withdrawLabelAbout', {
                    recipient: consent.recipient,
                    name: consent.subject.name,
                  })
            }
            onClick={onAsk}
          >
            {t('portalFile.withdraw')}
          </Button>
        ))}
    </article>
  )
}

/** The consent's state in words; also on the printable export. */
export function ConsentStatus({ consent, myName }: { consent: Consent; myName: string | null }) {
  const { t } = useTranslation()
  switch (consent.status) {
    case 'valid':
      return t('portalFile.status.valid')
    case 'notYetValid':
      return t('portalFile.status.notYetValid', { date: day(consent.givenOn) })
    case 'expired':
      return t('portalFile.status.expired')
    case 'withdrawn': {
      // The server always says who withdrew it and when; "u" when that was the member themselves.
      const { at, by } = consent.withdrawn ?? { at: consent.recordedAt, by: myName ?? '' }
      return by === myName
        ? t('portalFile.status.withdrawnByYou', { date: day(at) })
        : t('portalFile.status.withdrawnBy', { name: by, date: day(at) })
    }
  }
}

/**
 * "Weet u het zeker?" in place of the button, once. Focus goes to "Ja, intrekken", which reads the question as its
 * description; Escape or "Nee, toch niet" goes back.
 */
function ConfirmWithdraw({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const yesRef = useRef<HTMLButtonElement>(null)
  const questionId = useId()
  useEffect(() => {
    yesRef.current?.focus()
  }, [])

  return (
    <div
      className="naast-portal-confirm naast-portal-no-print"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel()
      }}
    >
      <Paragraph id={questionId}>
        <strong>{t('portalFile.withdrawConfirm')}</strong>
      </Paragraph>
      <ActionGroup>
        <Button
          ref={yesRef}
          aria-describedby={questionId}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onConfirm()
          }}
        >
          {busy ? t('portalFile.withdrawing') : t('portalFile.withdrawYes')}
        </Button>
        <Button
          variant="secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onCancel()
          }}
        >
          {t('portalFile.withdrawNo')}
        </Button>
      </ActionGroup>
    </div>
  )
}
