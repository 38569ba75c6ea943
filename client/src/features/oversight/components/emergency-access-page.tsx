import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Button, Heading, Link, Paragraph, TextArea, TextInput } from '@amsterdam/design-system-react'
import {
  EmergencyFindQuery,
  StartEmergencyAccessInput,
  type EmergencyCandidate,
} from '#shared/contracts/oversight'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { i18n } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { ErrorState, LoadingState, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { householdPath } from '../../../app/paths.ts'
import { useEmergencyCandidates, useStartEmergencyAccess } from '../api/emergency-access.ts'
import './oversight.css'

const findFieldIds = { postcode: 'emergency-postcode', houseNumber: 'emergency-house-number' }
const startFieldIds = { reason: 'emergency-reason' }

/**
 * "Noodtoegang" ("break the glass"): a worker or supervisor opens, for at most 24 hours and read-only, the file
 * of a household outside their own work, after giving a reason. Found by exact address only, so names cannot be
 * browsed; the supervisor, the administrator and the household all see it afterwards.
 */
export function EmergencyAccessPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('oversight.emergency.title'))
  const [query, setQuery] = useState<EmergencyFindQuery | null>(null)
  const [chosenId, setChosenId] = useState<number | null>(null)
  const candidates = useEmergencyCandidates(query)

  const list = candidates.data ?? []
  const openable = list.filter((candidate) => !candidate.alreadyAccessible)
  // One household at the address that needs emergency access: no need to choose it first.
  const chosen =
    list.find((candidate) => candidate.householdId === chosenId && !candidate.alreadyAccessible) ??
    (openable.length === 1 && list.length === 1 ? openable[0] : undefined)

  return (
    <div className="naast-stack">
      <Heading level={1}>{t('oversight.emergency.title')}</Heading>
      <div className="naast-stack naast-readable">
        <Paragraph>{t('oversight.emergency.intro')}</Paragraph>
        <Paragraph>{t('oversight.emergency.introWho')}</Paragraph>
      </div>

      <FindForm
        serverError={candidates.error}
        busy={candidates.isFetching}
        onFind={(next) => {
          setChosenId(null)
          setQuery(next)
        }}
      />

      {query !== null && (
        <Results
          key={`${query.postcode}-${query.houseNumber}`}
          query={candidates}
          chosenId={chosen?.householdId ?? null}
          onChoose={setChosenId}
        />
      )}

      {chosen && (
        <StartForm
          key={chosen.householdId}
          candidate={chosen}
          onChooseOther={() => {
            // Back to the address: the search stays filled in, and focus goes to its first field.
            setChosenId(null)
            setQuery(null)
            document.getElementById(findFieldIds.postcode)?.focus()
          }}
        />
      )}
    </div>
  )
}

function FindForm({
  serverError,
  busy,
  onFind,
}: {
  serverError: unknown
  busy: boolean
  onFind: (query: EmergencyFindQuery) => void
}) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const [postcode, setPostcode] = useState('')
  const [houseNumber, setHouseNumber] = useState('')
  // The server checks the address too; its field errors stand at the fields like the form's own.
  const serverFieldErrors = serverError instanceof ApiRequestError ? serverError.fieldErrors : {}
  const fieldErrors: FieldErrors = { ...serverFieldErrors, ...errors.fieldErrors }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const checked = validate(EmergencyFindQuery, { postcode, houseNumber: houseNumber.trim() || undefined })
    if (!checked.ok) {
      // "0" or "12a" fail as a number: say what a house number looks like instead of "invalid value".
      if (checked.fieldErrors.houseNumber)
        checked.fieldErrors.houseNumber = i18n.t('errors.invalidHouseNumber')
      return errors.showFieldErrors(checked.fieldErrors)
    }
    errors.clear()
    onFind(checked.data)
  }

  return (
    <section className="naast-stack naast-narrow" aria-labelledby="emergency-find">
      <Heading level={2} id="emergency-find">
        {t('oversight.emergency.findTitle')}
      </Heading>
      <Paragraph>{t('oversight.emergency.findHint')}</Paragraph>
      <FormAlert {...errors} fieldIds={findFieldIds} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <div className="naast-field-row">
          <FormField
            id={findFieldIds.postcode}
            label={t('oversight.emergency.postcode')}
            description={t('oversight.emergency.postcodeHint')}
            error={fieldErrors.postcode}
          >
            {(control) => (
              <TextInput
                {...control}
                name="postcode"
                autoComplete="off"
                size={8}
                value={postcode}
                onChange={(event) => setPostcode(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={findFieldIds.houseNumber}
            label={t('oversight.emergency.houseNumber')}
            description={t('oversight.emergency.houseNumberHint')}
            error={fieldErrors.houseNumber}
          >
            {(control) => (
              <TextInput
                {...control}
                name="houseNumber"
                inputMode="numeric"
                autoComplete="off"
                size={6}
                value={houseNumber}
                onChange={(event) => setHouseNumber(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <SubmitButton
          busy={busy}
          label={t('oversight.emergency.find')}
          busyLabel={t('oversight.emergency.finding')}
          variant="secondary"
        />
      </form>
    </section>
  )
}

function Results({
  query,
  chosenId,
  onChoose,
}: {
  query: ReturnType<typeof useEmergencyCandidates>
  chosenId: number | null
  onChoose: (householdId: number) => void
}) {
  const { t } = useTranslation()
  if (query.isPending) return <LoadingState />
  if (query.isError) {
    // Field errors stand at the fields of the form above.
    if (query.error instanceof ApiRequestError && Object.keys(query.error.fieldErrors).length > 0) return null
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  }
  return (
    <section className="naast-stack" aria-labelledby="emergency-results">
      <FocusedHeading id="emergency-results">{t('oversight.emergency.resultsTitle')}</FocusedHeading>
      {query.data.length === 0 ? (
        <Paragraph>{t('oversight.emergency.noResults')}</Paragraph>
      ) : (
        <ul className="naast-card-list">
          {query.data.map((candidate) => (
            <li
              key={candidate.householdId}
              className={['naast-card', candidate.householdId === chosenId ? 'naast-card--chosen' : '']
                .filter(Boolean)
                .join(' ')}
            >
              <Candidate
                candidate={candidate}
                chosen={candidate.householdId === chosenId}
                onChoose={() => onChoose(candidate.householdId)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** A new search's results take focus, so a keyboard or screen-reader user hears what was found. */
function FocusedHeading({ id, children }: { id: string; children: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>()
  return (
    <Heading level={2} id={id} ref={ref} tabIndex={-1} className="naast-focus-target">
      {children}
    </Heading>
  )
}

function Candidate({
  candidate,
  chosen,
  onChoose,
}: {
  candidate: EmergencyCandidate
  chosen: boolean
  onChoose: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <Heading level={3} size="level-4">
        {candidate.name}
      </Heading>
      <Paragraph>
        <span className="naast-line">{candidate.address}</span>
        <span className="naast-line naast-secondary">
          {t('oversight.emergency.team', { team: candidate.teamName })}
        </span>
      </Paragraph>
      {candidate.alreadyAccessible ? (
        <Paragraph>
          {t('oversight.emergency.alreadyAccessible')}{' '}
          <Link href={householdPath(candidate.householdId)} linkComponent={RouterLink}>
            {t('oversight.emergency.toHousehold')}
          </Link>
        </Paragraph>
      ) : chosen ? (
        <Paragraph className="naast-oversight-chosen">{t('oversight.emergency.chosen')}</Paragraph>
      ) : (
        <Button variant="secondary" onClick={onChoose}>
          {t('oversight.emergency.choose')}
          <span className="ams-visually-hidden">: {candidate.name}</span>
        </Button>
      )}
    </>
  )
}

function StartForm({
  candidate,
  onChooseOther,
}: {
  candidate: EmergencyCandidate
  onChooseOther: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const start = useStartEmergencyAccess()
  const errors = useFormErrors()
  const [reason, setReason] = useState('')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (start.isPending) return
    const checked = validate(StartEmergencyAccessInput, { reason })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    start.mutate(
      { householdId: candidate.householdId, reason: checked.data.reason },
      {
        onSuccess: (access) => void navigate(householdPath(access.householdId)),
        onError: errors.showError,
      },
    )
  }

  return (
    <section className="naast-stack naast-narrow" aria-labelledby="emergency-start">
      <FocusedHeading id="emergency-start">
        {t('oversight.emergency.startTitle', { name: candidate.name })}
      </FocusedHeading>
      <Paragraph>{t('oversight.emergency.startWhat')}</Paragraph>
      <FormAlert {...errors} fieldIds={startFieldIds} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={startFieldIds.reason}
          label={t('oversight.emergency.reason')}
          description={t('oversight.emergency.reasonHint')}
          error={errors.fieldErrors.reason}
        >
          {(control) => (
            <TextArea
              {...control}
              name="reason"
              rows={4}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
        <div className="naast-oversight-actions">
          <SubmitButton
            busy={start.isPending}
            label={t('oversight.emergency.start')}
            busyLabel={t('oversight.emergency.starting')}
          />
          <Button variant="tertiary" onClick={onChooseOther}>
            {t('oversight.emergency.chooseOther')}
          </Button>
        </div>
      </form>
    </section>
  )
}
