import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Table, TextArea, TextInput } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { NetworkMemberInput } from '#shared/contracts/members'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { useAddNetworkMember } from '../api/add-network-member.ts'
import { useEndNetworkMember } from '../api/end-network-member.ts'
import { EndInvolvementDialog, type EndTarget } from './end-involvement-dialog.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { ContactLine } from './contact-line.tsx'

/** The informal network: family, friends and neighbours who help. Add someone, or mark them as no longer involved. */
export function NetworkSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation()
  const end = useEndNetworkMember(household.id)
  const [toEnd, setToEnd] = useState<EndTarget | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  return (
    <section className="naast-stack" aria-labelledby="household-network">
      <Heading level={2} id="household-network">
        {t('household.network')}
      </Heading>
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={3} onClose={() => setMessage(null)} />
      )}
      {household.network.length === 0 ? (
        <Paragraph>{t('household.networkEmpty')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption className="ams-visually-hidden">{t('household.network')}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('household.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('household.networkRelation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('household.howTheyHelp')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('people.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {household.network.map((person) => (
              <Table.Row key={person.id}>
                <Table.HeaderCell scope="row">
                  <span className="naast-line naast-nowrap">{person.name}</span>
                  <ContactLine contact={person.contact} />
                </Table.HeaderCell>
                <Table.Cell>{person.relation}</Table.Cell>
                <Table.Cell>{person.howTheyHelp ?? t('household.notRecorded')}</Table.Cell>
                <Table.Cell>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setMessage(null)
                      setToEnd({
                        id: person.id,
                        heading: t('people.networkEndTitle'),
                        question: t('people.networkEndConfirm', { name: person.name }),
                        done: t('people.networkEnded', { name: person.name }),
                      })
                    }}
                  >
                    {t('people.end')}
                    <span className="ams-visually-hidden">: {person.name}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <details className="naast-details">
        <summary>{t('people.networkAddSummary')}</summary>
        <div className="naast-details__body">
          <AddNetworkMemberForm householdId={household.id} onAdded={setMessage} />
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

const fieldIds = {
  name: 'new-network-name',
  relation: 'new-network-relation',
  howTheyHelp: 'new-network-how',
  contact: 'new-network-contact',
}

const emptyForm = { name: '', relation: '', howTheyHelp: '', contact: '' }

function AddNetworkMemberForm({
  householdId,
  onAdded,
}: {
  householdId: number
  onAdded: (message: string) => void
}) {
  const { t } = useTranslation()
  const add = useAddNetworkMember(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState(emptyForm)
  const set = (key: keyof typeof emptyForm, value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (add.isPending) return
    const checked = validate(NetworkMemberInput, {
      name: form.name,
      relation: form.relation,
      howTheyHelp: form.howTheyHelp.trim() || undefined,
      contact: form.contact.trim() || undefined,
    })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    add.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm)
        onAdded(t('people.networkAdded', { name: checked.data.name }))
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
          name: t('people.networkName'),
          relation: t('people.networkRelation'),
          howTheyHelp: t('people.howTheyHelp'),
          contact: t('people.contact'),
        }}
        headingLevel={3}
      />
      <div className="naast-field-row">
        <FormField id={fieldIds.name} label={t('people.networkName')} error={errors.fieldErrors.name}>
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.relation}
          label={t('people.networkRelation')}
          description={t('people.networkRelationHint')}
          error={errors.fieldErrors.relation}
        >
          {(control) => (
            <TextInput
              {...control}
              autoComplete="off"
              value={form.relation}
              onChange={(e) => set('relation', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField
        id={fieldIds.howTheyHelp}
        label={t('people.howTheyHelp')}
        description={t('people.howTheyHelpHint')}
        error={errors.fieldErrors.howTheyHelp}
        requirement="optional"
      >
        {(control) => (
          <TextArea
            {...control}
            rows={3}
            value={form.howTheyHelp}
            onChange={(e) => set('howTheyHelp', e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={fieldIds.contact}
        label={t('people.contact')}
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
