import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Select, Table, TextInput } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { ProfessionalInput } from '#shared/contracts/members'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useAddProfessional } from '../api/add-professional.ts'
import { useEndProfessional } from '../api/end-professional.ts'
import { useOrganisations } from '../../../lib/organisations.ts'
import { EndInvolvementDialog, type EndTarget } from './end-involvement-dialog.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { ContactLine } from './contact-line.tsx'

/** Professionals of partner organisations involved with the household. Add one, or mark one as no longer involved. */
export function ProfessionalsSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const end = useEndProfessional(household.id)
  const [toEnd, setToEnd] = useState<EndTarget | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  return (
    <section className="naast-stack" aria-labelledby="household-professionals">
      <Heading level={2} id="household-professionals">
        {t('household.professionals')}
      </Heading>
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={3} onClose={() => setMessage(null)} />
      )}
      {household.professionals.length === 0 ? (
        <Paragraph>{t('household.professionalsEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('household.professionals')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('household.organisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('household.contactPerson')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('household.role')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('people.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {household.professionals.map((professional) => {
              const names = {
                name: professional.contactPerson,
                organisation: professional.organisation.name,
              }
              return (
                <Table.Row key={professional.id}>
                  <Table.HeaderCell scope="row">{professional.organisation.name}</Table.HeaderCell>
                  <Table.Cell>
                    <span className="naast-line">{professional.contactPerson}</span>
                    <ContactLine contact={professional.contact} />
                  </Table.Cell>
                  <Table.Cell>{professional.role ?? t('household.notRecorded')}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setMessage(null)
                        setToEnd({
                          id: professional.id,
                          heading: t('people.professionalEndTitle'),
                          question: t('people.professionalEndConfirm', names),
                          done: t('people.professionalEnded', names),
                        })
                      }}
                    >
                      {t('people.end')}
                      <span className="ams-visually-hidden">
                        : {professional.contactPerson}, {professional.organisation.name}
                      </span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <details className="naast-details">
        <summary>{t('people.professionalAddSummary')}</summary>
        <div className="naast-details__body">
          <AddProfessional householdId={household.id} onAdded={setMessage} />
        </div>
      </details>
      <EndInvolvementDialog
        target={toEnd}
        end={end}
        onClose={() => setToEnd(null)}
        onEnded={(done) => setMessage(done)}
      />
    </section>
  )
}

function AddProfessional({
  householdId,
  onAdded,
}: {
  householdId: number
  onAdded: (message: string) => void
}) {
  const { t } = useTranslation()
  const organisations = useOrganisations()
  return (
    <QueryResult query={organisations} errorHeadingLevel={3}>
      {(list) =>
        list.length === 0 ? (
          <Paragraph>{t('people.organisationsEmpty')}</Paragraph>
        ) : (
          <AddProfessionalForm householdId={householdId} organisations={list} onAdded={onAdded} />
        )
      }
    </QueryResult>
  )
}

const fieldIds = {
  organisationId: 'new-professional-organisation',
  contactPerson: 'new-professional-contact-person',
  role: 'new-professional-role',
  contact: 'new-professional-contact',
}

const emptyForm = { organisationId: '', contactPerson: '', role: '', contact: '' }

function AddProfessionalForm({
  householdId,
  organisations,
  onAdded,
}: {
  householdId: number
  organisations: { id: number; name: string }[]
  onAdded: (message: string) => void
}) {
  const { t } = useTranslation()
  const add = useAddProfessional(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const set = (key: keyof typeof emptyForm, value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (add.isPending) return
    const checked = validate(ProfessionalInput, {
      organisationId: form.organisationId ? Number(form.organisationId) : undefined,
      contactPerson: form.contactPerson,
      role: form.role.trim() || undefined,
      contact: form.contact.trim() || undefined,
    })
    if (!checked.ok) {
      const organisation: FieldErrors = form.organisationId
        ? {}
        : { organisationId: t('errors.chooseOption') }
      return errors.showFieldErrors({ ...checked.fieldErrors, ...organisation })
    }
    errors.clear()
    const organisation = organisations.find((o) => o.id === checked.data.organisationId)?.name ?? ''
    add.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm)
        onAdded(t('people.professionalAdded', { name: checked.data.contactPerson, organisation }))
      },
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{
          organisationId: t('people.organisation'),
          contactPerson: t('people.contactPerson'),
          role: t('people.role'),
          contact: t('people.professionalContact'),
        }}
        headingLevel={3}
      />
      <FormField
        id={fieldIds.organisationId}
        label={t('people.organisation')}
        error={errors.fieldErrors.organisationId}
      >
        {(control) => (
          <Select
            {...control}
            value={form.organisationId}
            onChange={(e) => set('organisationId', e.target.value)}
          >
            <Select.Option value="">{t('people.chooseOrganisation')}</Select.Option>
            {organisations.map((organisation) => (
              <Select.Option key={organisation.id} value={String(organisation.id)}>
                {organisation.name}
              </Select.Option>
            ))}
          </Select>
        )}
      </FormField>
      <div className="naast-field-row">
        <FormField
          id={fieldIds.contactPerson}
          label={t('people.contactPerson')}
          error={errors.fieldErrors.contactPerson}
        >
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={form.contactPerson}
              onChange={(e) => set('contactPerson', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.role}
          label={t('people.role')}
          description={t('people.roleHint')}
          error={errors.fieldErrors.role}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={form.role}
              onChange={(e) => set('role', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        id={fieldIds.contact}
        label={t('people.professionalContact')}
        error={errors.fieldErrors.contact}
        requirement="optional"
      >
        {(control) => (
          <TextInput
            {...control}
            autoComplete="off"
            value={form.contact}
            onChange={(e) => set('contact', e.target.value)}
          />
        )}
      </FormField>
      <SubmitButton busy={add.isPending} label={t('people.add')} busyLabel={t('people.adding')} />
    </form>
  )
}
