import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react'
import { CreateTeamInput, type Team } from '#shared/contracts/admin'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useTeams } from '../api/list-teams.ts'
import { useCreateTeam } from '../api/create-team.ts'

/** The municipality's neighbourhood teams, and a form to add one. */
export function TeamsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('admin.teamsTitle'))
  const teams = useTeams()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('admin.teamsTitle')}</Heading>
      <Paragraph>{t('admin.teamsIntro')}</Paragraph>
      <QueryResult query={teams}>
        {(list) =>
          list.length === 0 ? <Paragraph>{t('admin.teamsEmpty')}</Paragraph> : <TeamsTable teams={list} />
        }
      </QueryResult>
      <CreateTeamForm />
    </div>
  )
}

function TeamsTable({ teams }: { teams: Team[] }) {
  const { t } = useTranslation()
  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('admin.teamsTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('admin.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.phone')}</Table.HeaderCell>
          <Table.HeaderCell scope="col" align="end">
            {t('admin.members')}
          </Table.HeaderCell>
          <Table.HeaderCell scope="col" align="end">
            {t('admin.neighbourhoods')}
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {teams.map((team) => (
          <Table.Row key={team.id}>
            <Table.HeaderCell scope="row">{team.name}</Table.HeaderCell>
            <Table.Cell>{team.phone ?? '–'}</Table.Cell>
            <Table.Cell align="end">{team.memberCount}</Table.Cell>
            <Table.Cell align="end">{team.neighbourhoodCount}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const fieldIds = { name: 'new-team-name', phone: 'new-team-phone' }

function CreateTeamForm() {
  const { t } = useTranslation()
  const createTeam = useCreateTeam()
  const errors = useFormErrors()
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [created, setCreated] = useState<string | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (createTeam.isPending) return
    setCreated(null)
    const checked = validate(CreateTeamInput, { name, phone: phone.trim() || undefined })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    createTeam.mutate(checked.data, {
      onSuccess: (team) => {
        setName('')
        setPhone('')
        setCreated(team.name)
      },
      onError: errors.showError,
    })
  }

  return (
    <section className="naast-stack naast-narrow" aria-labelledby="new-team">
      <Heading level={2} id="new-team">
        {t('admin.newTeam')}
      </Heading>
      {created && (
        <StatusMessage
          heading={t('admin.created', { name: created })}
          headingLevel={3}
          onClose={() => setCreated(null)}
        />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField id={fieldIds.name} label={t('admin.name')} error={errors.fieldErrors.name}>
          {(control) => (
            <TextInput
              {...control}
              name="name"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldIds.phone}
          label={t('admin.phone')}
          error={errors.fieldErrors.phone}
          requirement="optional"
        >
          {(control) => (
            <TextInput
              {...control}
              name="phone"
              type="tel"
              autoComplete="off"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          )}
        </FormField>
        <SubmitButton busy={createTeam.isPending} label={t('admin.create')} busyLabel={t('admin.creating')} />
      </form>
    </section>
  )
}
