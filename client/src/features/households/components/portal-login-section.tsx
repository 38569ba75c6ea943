import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionGroup, Button, Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react'
import type { HouseholdDetail, Member } from '#shared/contracts/households'
import {
  CreatePortalLoginInput,
  type IssuedPortalLogin,
  type PortalLogin,
} from '#shared/contracts/portal-logins'
import { formatDate } from '#shared/domain/dates'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { paths } from '../../../app/paths.ts'
import { usePortalLogins } from '../api/list-portal-logins.ts'
import { useCreatePortalLogin } from '../api/create-portal-login.ts'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import './portal-logins.css'

/** From this age a member can have a log-in of their own: the age from which they are heard (the server's rule). */
const portalLoginFromAge = 12

const fullName = (member: Member) => `${member.givenName} ${member.familyName}`
const openButtonId = (personId: number) => `portal-login-open-${personId}`
const focusOpenButton = (personId: number) => document.getElementById(openButtonId(personId))?.focus()

type Issued = { member: Member; login: IssuedPortalLogin }

/**
 * "Eigen inlog voor het huishouden": the worker makes a log-in for a member of 12 or older and hands over the
 * one-time code, with which the member chooses a password on the activation page. The code is shown once.
 */
export function PortalLoginSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const logins = usePortalLogins(household.id)
  const [formFor, setFormFor] = useState<number | null>(null)
  const [issued, setIssued] = useState<Issued | null>(null)

  const oldEnough = household.members.filter((m) => m.age !== null && m.age >= portalLoginFromAge)
  const ageUnknown = household.members.filter((m) => m.age === null)
  const names = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' })
  const formMember = oldEnough.find((m) => m.id === formFor)

  function closeForm(personId: number) {
    setFormFor(null)
    focusOpenButton(personId)
  }

  return (
    <section className="naast-stack" aria-labelledby="household-portal-logins">
      <Heading level={2} id="household-portal-logins">
        {t('portalLogins.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('portalLogins.intro')}</Paragraph>
      <Paragraph className="naast-readable">{t('portalLogins.under12')}</Paragraph>
      {ageUnknown.length > 0 && (
        <Paragraph className="naast-readable">
          {t('portalLogins.noBirthdate', { names: names.format(ageUnknown.map(fullName)) })}
        </Paragraph>
      )}
      <QueryResult query={logins} errorHeadingLevel={3}>
        {(list) =>
          oldEnough.length === 0 ? (
            <Paragraph>{t('portalLogins.nobodyOldEnough')}</Paragraph>
          ) : (
            <LoginsTable
              members={oldEnough}
              logins={list}
              formFor={formFor}
              onOpen={(personId) => setFormFor(formFor === personId ? null : personId)}
            />
          )
        }
      </QueryResult>
      {issued && (
        <IssuedCode
          key={issued.login.code}
          issued={issued}
          onClose={() => {
            setIssued(null)
            focusOpenButton(issued.member.id)
          }}
        />
      )}
      {formMember && (
        <PortalLoginForm
          key={formMember.id}
          householdId={household.id}
          member={formMember}
          login={logins.data?.find((l) => l.personId === formMember.id)}
          onCreated={(login) => {
            setFormFor(null)
            setIssued({ member: formMember, login })
          }}
          onCancel={() => closeForm(formMember.id)}
        />
      )}
    </section>
  )
}

function LoginsTable({
  members,
  logins,
  formFor,
  onOpen,
}: {
  members: Member[]
  logins: PortalLogin[]
  formFor: number | null
  onOpen: (personId: number) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  // When the page was opened is precise enough to tell an expired code from a valid one.
  const [now] = useState(() => Date.now())

  function status(login: PortalLogin | undefined): string {
    if (!login) return t('portalLogins.statusNone')
    if (login.status === 'active') return t('portalLogins.statusActive')
    if (login.status === 'ended') return t('portalLogins.statusEnded')
    if (!login.codeExpiresAt) return t('portalLogins.statusNone')
    const date = formatDate(login.codeExpiresAt, language)
    return new Date(login.codeExpiresAt).getTime() > now
      ? t('portalLogins.statusWaiting', { date })
      : t('portalLogins.statusExpired', { date })
  }

  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('portalLogins.title')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('portalLogins.member')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('portalLogins.login')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('portalLogins.action')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {members.map((member) => {
          const login = logins.find((l) => l.personId === member.id)
          const canIssue = login === undefined || login.status === 'waiting'
          return (
            <Table.Row key={member.id}>
              <Table.HeaderCell scope="row">
                <span className="naast-line">{fullName(member)}</span>
                <span className="naast-line naast-secondary naast-nowrap">
                  {t('household.ageYears', { count: member.age ?? 0 })}
                </span>
              </Table.HeaderCell>
              <Table.Cell>
                <span className="naast-line">{status(login)}</span>
                {login && <span className="naast-line naast-secondary">{login.email}</span>}
                {login?.status === 'ended' && (
                  <span className="naast-line naast-secondary">{t('portalLogins.endedHint')}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                {canIssue && (
                  <Button
                    id={openButtonId(member.id)}
                    variant="secondary"
                    aria-expanded={formFor === member.id}
                    aria-controls={formFor === member.id ? formId : undefined}
                    onClick={() => onOpen(member.id)}
                    className="naast-nowrap"
                  >
                    {login ? t('portalLogins.renew') : t('portalLogins.create')}
                    <span className="ams-visually-hidden">
                      {' '}
                      {t('portalLogins.forName', { name: fullName(member) })}
                    </span>
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

const formId = 'portal-login-form'
const fieldIds = { email: 'portal-login-email' }

function PortalLoginForm({
  householdId,
  member,
  login,
  onCreated,
  onCancel,
}: {
  householdId: number
  member: Member
  login: PortalLogin | undefined
  onCreated: (login: IssuedPortalLogin) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const create = useCreatePortalLogin(householdId)
  const errors = useFormErrors()
  const [email, setEmail] = useState(login?.email ?? member.email ?? '')
  const emailRef = useRef<HTMLInputElement>(null)
  const name = fullName(member)
  const renew = login !== undefined

  // Opened with the button: straight on to the one field to fill in.
  useEffect(() => emailRef.current?.focus(), [])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (create.isPending) return
    const checked = validate(CreatePortalLoginInput, { email })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    create.mutate(
      { personId: member.id, input: checked.data },
      {
        onSuccess: onCreated,
        onError: (error) => {
          // "Too young" is about the member, not a field of this form: say it for the form as a whole.
          const aboutMember = error instanceof ApiRequestError ? error.fieldErrors.personId : undefined
          if (aboutMember) return errors.showMessage(aboutMember)
          errors.showError(error)
        },
      },
    )
  }

  return (
    <form
      id={formId}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
      className="naast-form naast-card naast-readable"
    >
      <Heading level={3} id={`${formId}-title`}>
        {renew ? t('portalLogins.renewTitle', { name }) : t('portalLogins.createTitle', { name })}
      </Heading>
      {renew && <Paragraph>{t('portalLogins.renewHint', { name })}</Paragraph>}
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{ email: t('portalLogins.email') }}
        headingLevel={4}
      />
      <FormField
        id={fieldIds.email}
        label={t('portalLogins.email')}
        description={t('portalLogins.emailHint', { name })}
        error={errors.fieldErrors.email}
      >
        {(control) => (
          <TextInput
            {...control}
            ref={emailRef}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </FormField>
      <ActionGroup>
        <SubmitButton
          busy={create.isPending}
          label={t('portalLogins.submit')}
          busyLabel={t('portalLogins.submitting')}
        />
        <Button variant="secondary" onClick={onCancel}>
          {t('portalLogins.cancel')}
        </Button>
      </ActionGroup>
    </form>
  )
}

/** The one-time code, large, with what to tell the member. Only a hash is kept: after closing it is gone. */
function IssuedCode({ issued, onClose }: { issued: Issued; onClose: () => void }) {
  const { t } = useTranslation()
  const { member, login } = issued
  return (
    <FocusedStatus
      heading={t('portalLogins.codeTitle', { name: fullName(member) })}
      headingLevel={3}
      onClose={onClose}
    >
      <div className="naast-stack naast-alert-body">
        <Paragraph className="naast-issued-code">
          <span className="ams-visually-hidden">{t('portalLogins.codeLabel')}: </span>
          {login.code}
        </Paragraph>
        <Paragraph>{t('portalLogins.codeEmail', { email: login.email })}</Paragraph>
        <Paragraph>
          {t('portalLogins.handOver', {
            name: member.givenName,
            address: `${window.location.origin}${paths.activate}`,
          })}
        </Paragraph>
        <Paragraph size="small">{t('portalLogins.codeOnce')}</Paragraph>
      </div>
    </FocusedStatus>
  )
}
