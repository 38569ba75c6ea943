import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  DateInput,
  ErrorMessage,
  Heading,
  Paragraph,
  Radio,
  Select,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import {
  HouseholdKnows,
  RegisterRequestInput,
  RequestSource,
  type DuplicateQuery,
  type PossibleDuplicate,
} from '#shared/contracts/requests'
import { translate } from '../../../lib/translate.ts'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today as todayInNl } from '../../../lib/today.ts'
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, FormFieldSet, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { requestPath } from '../../../app/paths.ts'
import { duplicatesQueryOptions, mergeDuplicates, useDuplicates } from '../api/list-duplicates.ts'
import { useRegisterRequest } from '../api/register-request.ts'
import { useTeamNeighbourhoods } from '../api/list-team-neighbourhoods.ts'
import {
  addressLookup,
  choiceFields,
  duplicateLookups,
  emptyLookup,
  emptyMember,
  fieldIdFor,
  inFormOrder,
  isMinor,
  personLookup,
  registerInput,
  type AddressFields,
  type HouseholdChoice,
  type LookupFields,
  type MemberDraft,
  type RequestFields,
} from './register-form.ts'
import { HouseholdLookup } from './household-lookup.tsx'
import { MemberFields } from './member-fields.tsx'
import { DuplicateList } from './duplicate-list.tsx'

type Neighbourhood = { id: number; name: string }

/** "Aanmelding registreren": a request or signal from any source, for a household the team knows or a new one. */
export function RegisterRequestPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('intake.title'))
  const neighbourhoods = useTeamNeighbourhoods()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('intake.title')}</Heading>
      <Paragraph className="naast-readable">{t('intake.intro')}</Paragraph>
      <QueryResult query={neighbourhoods}>
        {(list) => <RegisterRequestForm neighbourhoods={list} />}
      </QueryResult>
    </div>
  )
}

const detailFields = ['bsn', 'phone', 'email', 'preferredLanguage']

function RegisterRequestForm({ neighbourhoods }: { neighbourhoods: Neighbourhood[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const register = useRegisterRequest()
  const errors = useFormErrors()
  const today = todayInNl()

  const [request, setRequest] = useState<RequestFields>({
    source: '',
    reporterName: '',
    reporterContact: '',
    receivedOn: today,
    question: '',
    householdKnows: '',
  })
  const [choice, setChoice] = useState<HouseholdChoice>('')
  const [lookup, setLookup] = useState<LookupFields>(emptyLookup)
  const [chosen, setChosen] = useState<PossibleDuplicate | null>(null)
  const [address, setAddress] = useState<AddressFields>({
    // With one neighbourhood there is nothing to choose.
    neighbourhoodId: neighbourhoods.length === 1 ? String(neighbourhoods[0]!.id) : '',
    name: '',
    postcode: '',
    houseNumber: '',
    houseNumberAddition: '',
    street: '',
    city: '',
  })
  const [members, setMembers] = useState<MemberDraft[]>([emptyMember(1)])
  const nextKey = useRef(2)
  // After 'Persoon toevoegen', focus goes to the new person's first field.
  const focusMemberKey = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // Households the worker looked at and said "not this one" (a new household after all).
  const [declined, setDeclined] = useState<number[]>([])
  const [checking, setChecking] = useState(false)

  // The look-ups run once typing pauses: by address and by person, for a known household or against duplicates.
  const lookups: DuplicateQuery[] =
    choice === 'new'
      ? duplicateLookups(address, members)
      : choice === 'existing' && !chosen
        ? [
            addressLookup(lookup.postcode, lookup.houseNumber),
            personLookup(lookup.givenName, lookup.familyName, lookup.birthdate),
          ].filter((query): query is DuplicateQuery => query !== null)
        : []
  const settled = useDebouncedValue(JSON.stringify(lookups))
  const settledLookups = useMemo(() => JSON.parse(settled) as DuplicateQuery[], [settled])
  const found = useDuplicates(settledLookups)
  const searching = found.isFetching || settled !== JSON.stringify(lookups)
  const undecided = choice === 'new' ? found.duplicates.filter((d) => !declined.includes(d.householdId)) : []

  useEffect(() => {
    if (focusMemberKey.current === null) return
    const index = members.findIndex((member) => member.key === focusMemberKey.current)
    focusMemberKey.current = null
    document.getElementById(`intake-member-${index}-givenName`)?.focus()
  }, [members])

  const setRequestField = (key: keyof RequestFields, value: string) =>
    setRequest((previous) => ({ ...previous, [key]: value }))
  const setAddressField = (key: keyof AddressFields, value: string) =>
    setAddress((previous) => ({ ...previous, [key]: value }))

  function addMember() {
    const key = nextKey.current++
    setMembers((previous) => [...previous, emptyMember(key)])
    focusMemberKey.current = key
  }

  function removeMember(key: number) {
    setMembers((previous) =>
      previous
        .filter((member) => member.key !== key)
        .map((member) => ({ ...member, authorityKeys: member.authorityKeys.filter((k) => k !== key) })),
    )
    addButton.current?.focus()
  }

  function takeHousehold(household: PossibleDuplicate) {
    setChoice('existing')
    setChosen(household)
    errors.clear()
    // The duplicates give way to the chosen household; focus follows, so the keyboard user is not lost.
    requestAnimationFrame(() => document.getElementById('intake-lookup')?.focus())
  }

  /** Opens the folded details of members whose errors are inside them, so no error is hidden. */
  function showErrors(fieldErrors: FieldErrors) {
    setMembers((previous) =>
      previous.map((member, index) =>
        detailFields.some((field) => fieldErrors[`newHousehold.members.${index}.${field}`])
          ? { ...member, detailsOpen: true }
          : member,
      ),
    )
    errors.showFieldErrors(inFormOrder(fieldErrors))
  }

  /** The name of a field in the error summary: "Persoon 2 – Geboortedatum". */
  function labelFor(path: string): string {
    const labels: Record<string, string> = {
      source: t('intake.source'),
      reporterName: t('intake.reporterName'),
      reporterContact: t('intake.reporterContact'),
      receivedOn: t('intake.receivedOn'),
      question: t('intake.question'),
      householdKnows: t('intake.householdKnows'),
      household: t('intake.householdChoice'),
      existingHouseholdId: t('intake.lookupTitle'),
      duplicates: t('intake.duplicatesTitle'),
      'newHousehold.neighbourhoodId': t('intake.neighbourhood'),
      'newHousehold.name': t('intake.householdName'),
      'newHousehold.address.postcode': t('intake.postcode'),
      'newHousehold.address.houseNumber': t('intake.houseNumber'),
      'newHousehold.address.houseNumberAddition': t('intake.houseNumberAddition'),
      'newHousehold.address.street': t('intake.street'),
      'newHousehold.address.city': t('intake.city'),
      'newHousehold.members': t('intake.membersTitle'),
    }
    if (labels[path]) return labels[path]
    const member = /^newHousehold\.members\.(\d+)\.(\w+)/.exec(path)
    if (!member) return ''
    const fields: Record<string, string> = {
      givenName: t('intake.givenName'),
      familyName: t('intake.familyName'),
      birthdate: t('intake.birthdate'),
      relation: t('intake.relation'),
      bsn: t('intake.bsn'),
      phone: t('intake.phone'),
      email: t('intake.email'),
      preferredLanguage: t('intake.preferredLanguage'),
      authorityHolders: t('intake.authority'),
      externalAuthorityName: t('intake.externalAuthorityName'),
    }
    const person = t('intake.personLegend', { number: Number(member[1]) + 1 })
    return `${person} – ${fields[member[2]!] ?? member[2]}`
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (register.isPending || checking) return
    const input = registerInput(request, choice, chosen?.householdId ?? null, address, members, today)
    const checked = validate(RegisterRequestInput, input)
    const fieldErrors: FieldErrors = {}
    if (!checked.ok) {
      const required = translate(currentLanguage(), 'errors.required')
      for (const [field, message] of Object.entries(checked.fieldErrors)) {
        fieldErrors[field] =
          choiceFields.test(field) && message === required ? t('errors.chooseOption') : message
      }
      // A house number with letters gets the message that says how to write it.
      if (fieldErrors['newHousehold.address.houseNumber'] && address.houseNumber.trim() !== '')
        fieldErrors['newHousehold.address.houseNumber'] = t('errors.invalidHouseNumber')
    }
    if (choice === 'new')
      members.forEach((member, index) => {
        if (isMinor(member, today) && member.externalAuthority && !member.externalAuthorityName.trim())
          fieldErrors[`newHousehold.members.${index}.externalAuthorityName`] = t('errors.required')
      })
    if (choice === '') fieldErrors.household = t('intake.chooseHouseholdKind')
    if (choice === 'existing' && !chosen) fieldErrors.existingHouseholdId = t('intake.chooseKnownHousehold')

    // Possible duplicates are looked up now, not only after a pause in typing: nothing is created unseen.
    if (choice === 'new') {
      setChecking(true)
      try {
        const lists = await Promise.all(
          duplicateLookups(address, members).map((query) =>
            queryClient.fetchQuery(duplicatesQueryOptions(query)),
          ),
        )
        const open = mergeDuplicates(lists).filter((d) => !declined.includes(d.householdId))
        if (open.length > 0) fieldErrors.duplicates = t('intake.decideOnDuplicates')
      } catch (error) {
        setChecking(false)
        return errors.showError(error)
      }
      setChecking(false)
    }

    if (!checked.ok || Object.keys(fieldErrors).length > 0) return showErrors(fieldErrors)
    errors.clear()
    register.mutate(checked.data, {
      onSuccess: (created) => void navigate(requestPath(created.id), { state: { registered: true } }),
      onError: (error) => {
        if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0)
          showErrors(error.fieldErrors)
        else errors.showError(error)
      },
    })
  }

  const fieldIds = Object.fromEntries(Object.keys(errors.fieldErrors).map((key) => [key, fieldIdFor(key)]))
  const fieldLabels = Object.fromEntries(Object.keys(errors.fieldErrors).map((key) => [key, labelFor(key)]))
  const error = (path: string) => errors.fieldErrors[path]
  const memberError = (index: number) => (field: string) => {
    const prefix = `newHousehold.members.${index}.${field}`
    const key = Object.keys(errors.fieldErrors).find((k) => k === prefix || k.startsWith(`${prefix}.`))
    return key ? errors.fieldErrors[key] : undefined
  }
  const anonymous = request.source === 'anonymous'

  return (
    <>
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={fieldLabels} headingLevel={2} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="naast-form naast-readable">
        <section className="naast-form" aria-labelledby="intake-request">
          <Heading level={2} id="intake-request">
            {t('intake.requestTitle')}
          </Heading>
          <FormField id="intake-source" label={t('intake.source')} error={error('source')}>
            {(control) => (
              <Select
                {...control}
                name="source"
                value={request.source}
                onChange={(e) => setRequestField('source', e.target.value)}
              >
                <Select.Option value="">{t('intake.chooseSource')}</Select.Option>
                {RequestSource.options.map((source) => (
                  <Select.Option key={source} value={source}>
                    {t(`requestSources.${source}`)}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
          {!anonymous && (
            <div className="naast-field-row">
              <FormField
                id="intake-reporterName"
                label={t('intake.reporterName')}
                error={error('reporterName')}
                requirement="optional"
              >
                {(control) => (
                  <TextInput
                    {...control}
                    name="reporterName"
                    autoComplete="off"
                    value={request.reporterName}
                    onChange={(e) => setRequestField('reporterName', e.target.value)}
                  />
                )}
              </FormField>
              <FormField
                id="intake-reporterContact"
                label={t('intake.reporterContact')}
                error={error('reporterContact')}
                requirement="optional"
              >
                {(control) => (
                  <TextInput
                    {...control}
                    name="reporterContact"
                    autoComplete="off"
                    value={request.reporterContact}
                    onChange={(e) => setRequestField('reporterContact', e.target.value)}
                  />
                )}
              </FormField>
            </div>
          )}
          <FormField id="intake-receivedOn" label={t('intake.receivedOn')} error={error('receivedOn')}>
            {(control) => (
              <DateInput
                {...control}
                name="receivedOn"
                max={today}
                value={request.receivedOn}
                onChange={(e) => setRequestField('receivedOn', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="intake-question"
            label={t('intake.question')}
            description={t('intake.questionHint')}
            error={error('question')}
          >
            {(control) => (
              <TextArea
                {...control}
                name="question"
                rows={5}
                value={request.question}
                onChange={(e) => setRequestField('question', e.target.value)}
              />
            )}
          </FormField>
          <FormFieldSet
            id="intake-householdKnows"
            kind="radio"
            legend={t('intake.householdKnows')}
            error={error('householdKnows')}
          >
            {(group) =>
              HouseholdKnows.options.map((value) => (
                <Radio
                  key={value}
                  name="householdKnows"
                  value={value}
                  invalid={group.invalid}
                  checked={request.householdKnows === value}
                  onChange={() => setRequestField('householdKnows', value)}
                >
                  {t(`householdKnows.${value}`)}
                </Radio>
              ))
            }
          </FormFieldSet>
        </section>

        <section className="naast-form" aria-labelledby="intake-household-title">
          <Heading level={2} id="intake-household-title">
            {t('intake.householdTitle')}
          </Heading>
          <FormFieldSet
            id="intake-household"
            kind="radio"
            legend={t('intake.householdChoice')}
            error={error('household')}
          >
            {(group) =>
              (['existing', 'new'] as const).map((value) => (
                <Radio
                  key={value}
                  name="householdChoice"
                  value={value}
                  invalid={group.invalid}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                >
                  {t(`intake.householdChoices.${value}`)}
                </Radio>
              ))
            }
          </FormFieldSet>

          {choice === 'existing' && (
            <HouseholdLookup
              lookup={lookup}
              onLookupChange={setLookup}
              complete={lookups.length > 0}
              results={found.duplicates}
              searching={searching}
              error={found.error}
              chosen={chosen}
              onChoose={setChosen}
              fieldError={error('existingHouseholdId')}
            />
          )}

          {choice === 'new' && (
            <div className="naast-form naast-subform">
              <FormField
                id="intake-neighbourhoodId"
                label={t('intake.neighbourhood')}
                error={error('newHousehold.neighbourhoodId')}
              >
                {(control) => (
                  <Select
                    {...control}
                    value={address.neighbourhoodId}
                    onChange={(e) => setAddressField('neighbourhoodId', e.target.value)}
                  >
                    <Select.Option value="">{t('intake.chooseNeighbourhood')}</Select.Option>
                    {neighbourhoods.map((neighbourhood) => (
                      <Select.Option key={neighbourhood.id} value={String(neighbourhood.id)}>
                        {neighbourhood.name}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
              <FormFieldSet id="intake-address" kind="group" requirement="none" legend={t('intake.address')}>
                {() => (
                  <div className="naast-form">
                    <div className="naast-field-row">
                      <FormField
                        id="intake-postcode"
                        label={t('intake.postcode')}
                        description={t('intake.postcodeHint')}
                        error={error('newHousehold.address.postcode')}
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            size={8}
                            value={address.postcode}
                            onChange={(e) => setAddressField('postcode', e.target.value)}
                          />
                        )}
                      </FormField>
                      <FormField
                        id="intake-houseNumber"
                        label={t('intake.houseNumber')}
                        error={error('newHousehold.address.houseNumber')}
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            inputMode="numeric"
                            autoComplete="off"
                            size={6}
                            value={address.houseNumber}
                            onChange={(e) => setAddressField('houseNumber', e.target.value)}
                          />
                        )}
                      </FormField>
                      <FormField
                        id="intake-houseNumberAddition"
                        label={t('intake.houseNumberAddition')}
                        error={error('newHousehold.address.houseNumberAddition')}
                        requirement="optional"
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            size={6}
                            value={address.houseNumberAddition}
                            onChange={(e) => setAddressField('houseNumberAddition', e.target.value)}
                          />
                        )}
                      </FormField>
                    </div>
                    <div className="naast-field-row">
                      <FormField
                        id="intake-street"
                        label={t('intake.street')}
                        error={error('newHousehold.address.street')}
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            value={address.street}
                            onChange={(e) => setAddressField('street', e.target.value)}
                          />
                        )}
                      </FormField>
                      <FormField
                        id="intake-city"
                        label={t('intake.city')}
                        error={error('newHousehold.address.city')}
                      >
                        {(control) => (
                          <TextInput
                            {...control}
                            autoComplete="off"
                            value={address.city}
                            onChange={(e) => setAddressField('city', e.target.value)}
                          />
                        )}
                      </FormField>
                    </div>
                  </div>
                )}
              </FormFieldSet>

              <div id="intake-members" className="naast-form">
                <Heading level={3}>{t('intake.membersTitle')}</Heading>
                <Paragraph size="small">{t('intake.membersHint')}</Paragraph>
                {members.map((member, index) => (
                  <MemberFields
                    key={member.key}
                    index={index}
                    member={member}
                    members={members}
                    today={today}
                    errorOf={memberError(index)}
                    onChange={(changed) =>
                      setMembers((previous) => previous.map((m) => (m.key === changed.key ? changed : m)))
                    }
                    onRemove={members.length > 1 ? () => removeMember(member.key) : undefined}
                  />
                ))}
                {members.length < 20 && (
                  <div>
                    <Button ref={addButton} variant="secondary" onClick={addMember}>
                      {t('intake.addPerson')}
                    </Button>
                  </div>
                )}
              </div>

              <FormField
                id="intake-name"
                label={t('intake.householdName')}
                description={t('intake.householdNameHint')}
                error={error('newHousehold.name')}
                requirement="optional"
              >
                {(control) => (
                  <TextInput
                    {...control}
                    autoComplete="off"
                    value={address.name}
                    onChange={(e) => setAddressField('name', e.target.value)}
                  />
                )}
              </FormField>

              <div role="status" className="ams-visually-hidden">
                {undecided.length > 0 ? t('intake.duplicatesFound', { count: undecided.length }) : ''}
              </div>
              {undecided.length > 0 && (
                <section
                  id="intake-duplicates"
                  className="naast-stack naast-duplicates"
                  aria-labelledby="intake-duplicates-title"
                >
                  <Heading level={3} id="intake-duplicates-title">
                    {t('intake.duplicatesTitle')}
                  </Heading>
                  <Paragraph>{t('intake.duplicatesIntro')}</Paragraph>
                  {error('duplicates') && (
                    <ErrorMessage prefix={t('forms.errorPrefix')}>{error('duplicates')}</ErrorMessage>
                  )}
                  <DuplicateList
                    duplicates={undecided}
                    actionLabel={t('intake.useThisHousehold')}
                    onChoose={takeHousehold}
                  />
                  <div>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setDeclined((previous) => [...previous, ...undecided.map((d) => d.householdId)])
                        document.getElementById('intake-submit')?.focus()
                      }}
                    >
                      {t('intake.continueNew')}
                    </Button>
                  </div>
                </section>
              )}
              {undecided.length === 0 && declined.length > 0 && (
                <Paragraph size="small">{t('intake.continuingNew')}</Paragraph>
              )}
            </div>
          )}
        </section>

        <div>
          <SubmitButton
            id="intake-submit"
            busy={register.isPending || checking}
            label={t('intake.submit')}
            busyLabel={t('intake.submitting')}
          />
        </div>
      </form>
    </>
  )
}
