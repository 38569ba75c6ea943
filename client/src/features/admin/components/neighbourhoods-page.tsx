import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Select, StandaloneLink, Table, TextInput } from '@amsterdam/design-system-react'
import { CreateNeighbourhoodInput, type Neighbourhood, type Team } from '#shared/contracts/admin'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { paths } from '../../../app/paths.ts'
import { useNeighbourhoods } from '../api/list-neighbourhoods.ts'
import { useCreateNeighbourhood } from '../api/create-neighbourhood.ts'
import { useTeams } from '../api/list-teams.ts'

/** Which neighbourhood belongs to which team, and a form to add a neighbourhood. */
export function NeighbourhoodsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('admin.neighbourhoodsTitle'))
  const neighbourhoods = useNeighbourhoods()
  const teams = useTeams()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('admin.neighbourhoodsTitle')}</Heading>
      <Paragraph>{t('admin.neighbourhoodsIntro')}</Paragraph>
      <QueryResult query={neighbourhoods}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('admin.neighbourhoodsEmpty')}</Paragraph>
          ) : (
            <NeighbourhoodsTable neighbourhoods={list} />
          )
        }
      </QueryResult>
      <section className="naast-stack naast-narrow" aria-labelledby="new-neighbourhood">
        <Heading level={2} id="new-neighbourhood">
          {t('admin.newNeighbourhood')}
        </Heading>
        <QueryResult query={teams} errorHeadingLevel={3}>
          {(teamList) =>
            teamList.length === 0 ? (
              <>
                <Paragraph>{t('admin.needTeamFirst')}</Paragraph>
                <StandaloneLink href={paths.adminTeams} linkComponent={RouterLink}>
                  {t('admin.goToTeams')}
                </StandaloneLink>
              </>
            ) : (
              <CreateNeighbourhoodForm teams={teamList} />
            )
          }
        </QueryResult>
      </section>
    </div>
  )
}

function NeighbourhoodsTable({ neighbourhoods }: { neighbourhoods: Neighbourhood[] }) {
  const { t } = useTranslation()
  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('admin.neighbourhoodsTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('admin.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('admin.team')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {neighbourhoods.map((neighbourhood) => (
          <Table.Row key={neighbourhood.id}>
            <Table.HeaderCell scope="row">{neighbourhood.name}</Table.HeaderCell>
            <Table.Cell>{neighbourhood.teamName}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const fieldIds = { name: 'new-neighbourhood-name', teamId: 'new-neighbourhood-team' }

function CreateNeighbourhoodForm({ teams }: { teams: Team[] }) {
  const { t } = useTranslation()
  const createNeighbourhood = useCreateNeighbourhood()
  const errors = useFormErrors()
  const [name, setName] = useState('')
  const [teamId, setTeamId] = useState('')
  const [created, setCreated] = useState<string | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (createNeighbourhood.isPending) return
    setCreated(null)
    const checked = validate(CreateNeighbourhoodInput, { name, teamId: teamId ? Number(teamId) : undefined })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    createNeighbourhood.mutate(checked.data, {
      onSuccess: (neighbourhood) => {
        setName('')
        setCreated(neighbourhood.name)
      },
      onError: errors.showError,
    })
  }

  return (
    <>
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
        <FormField id={fieldIds.teamId} label={t('admin.team')} error={errors.fieldErrors.teamId}>
          {(control) => (
            <Select {...control} name="teamId" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <Select.Option value="">{t('admin.chooseTeam')}</Select.Option>
              {teams.map((team) => (
                <Select.Option key={team.id} value={String(team.id)}>
                  {team.name}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        <SubmitButton
          busy={createNeighbourhood.isPending}
          label={t('admin.create')}
          busyLabel={t('admin.creating')}
        />
      </form>
    </>
  )
}
