import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react'
import { CreateCatalogueItemInput, type CatalogueItem, type CatalogueKind } from '#shared/contracts/admin'
import { ErrorCode } from '#shared/contracts/common'
import { ApiRequestError, errorText } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useCatalogue } from '../api/list-catalogue.ts'
import { useCreateCatalogueItem } from '../api/create-catalogue-item.ts'
import { useSetCatalogueItemActive } from '../api/set-catalogue-item-active.ts'

/** "Lijsten": the administrator-managed lists workers choose from: expertise (triage) and partner organisations. */
export function CataloguesPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('catalogues.title'))
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('catalogues.title')}</Heading>
      <Paragraph className="naast-readable">{t('catalogues.intro')}</Paragraph>
      <CatalogueSection
        kind="expertises"
        title={t('catalogues.expertisesTitle')}
        intro={t('catalogues.expertisesIntro')}
        newLabel={t('catalogues.newExpertise')}
      />
      <CatalogueSection
        kind="organisations"
        title={t('catalogues.organisationsTitle')}
        intro={t('catalogues.organisationsIntro')}
        newLabel={t('catalogues.newOrganisation')}
      />
    </div>
  )
}

type CatalogueSectionProps = { kind: CatalogueKind; title: string; intro: string; newLabel: string }

function CatalogueSection({ kind, title, intro, newLabel }: CatalogueSectionProps) {
  const { t } = useTranslation()
  const items = useCatalogue(kind)
  const [message, setMessage] = useState<string | null>(null)
  const headingId = `catalogue-${kind}`
  return (
    <section className="naast-stack" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {message && (
        <StatusMessage key={message} heading={message} headingLevel={3} onClose={() => setMessage(null)} />
      )}
      <QueryResult query={items} errorHeadingLevel={3}>
        {(list) =>
          list.length === 0 ? (
            <Paragraph>{t('catalogues.empty')}</Paragraph>
          ) : (
            <CatalogueTable kind={kind} caption={title} items={list} onChanged={setMessage} />
          )
        }
      </QueryResult>
      <CreateItemForm kind={kind} title={newLabel} onCreated={setMessage} />
    </section>
  )
}

function CatalogueTable({
  kind,
  caption,
  items,
  onChanged,
}: {
  kind: CatalogueKind
  caption: string
  items: CatalogueItem[]
  onChanged: (message: string) => void
}) {
  const { t } = useTranslation()
  const setActive = useSetCatalogueItemActive(kind)
  const [failed, setFailed] = useState<{ id: number; message: string } | null>(null)

  function toggle(item: CatalogueItem) {
    if (setActive.isPending) return
    setFailed(null)
    setActive.mutate(
      { itemId: item.id, active: !item.active },
      {
        onSuccess: (updated) =>
          onChanged(
            t(updated.active ? 'catalogues.switchedOn' : 'catalogues.switchedOff', { name: updated.name }),
          ),
        onError: (error) => setFailed({ id: item.id, message: errorText(error, t) }),
      },
    )
  }

  return (
    <Table className="naast-table naast-table--compact naast-readable">
      <Table.Caption className="ams-visually-hidden">{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('catalogues.name')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('catalogues.status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('catalogues.action')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => {
          const busy = setActive.isPending && setActive.variables?.itemId === item.id
          return (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row">{item.name}</Table.HeaderCell>
              <Table.Cell>{item.active ? t('catalogues.on') : t('catalogues.off')}</Table.Cell>
              <Table.Cell>
                <div className="naast-cell-stack">
                  <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => toggle(item)}>
                    {busy
                      ? t('catalogues.switching')
                      : item.active
                        ? t('catalogues.switchOff')
                        : t('catalogues.switchOn')}
                    <span className="ams-visually-hidden">: {item.name}</span>
                  </Button>
                  {failed?.id === item.id && (
                    <Paragraph size="small" role="alert" className="naast-error-text">
                      {failed.message}
                    </Paragraph>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

function CreateItemForm({
  kind,
  title,
  onCreated,
}: {
  kind: CatalogueKind
  title: string
  onCreated: (message: string) => void
}) {
  const { t } = useTranslation()
  const create = useCreateCatalogueItem(kind)
  const errors = useFormErrors()
  const [name, setName] = useState('')
  const fieldIds = { name: `new-${kind}-name` }
  const titleId = `new-${kind}`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (create.isPending) return
    const checked = validate(CreateCatalogueItemInput, { name })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    create.mutate(checked.data.name, {
      onSuccess: (item) => {
        setName('')
        onCreated(t('catalogues.added', { name: item.name }))
      },
      // The one rule the server checks here is a name already on the list: say so at the field.
      onError: (error) =>
        error instanceof ApiRequestError && error.code === ErrorCode.conflict
          ? errors.showFieldErrors({ name: error.message })
          : errors.showError(error),
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card naast-narrow"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {title}
      </Heading>
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={4} />
      <FormField id={fieldIds.name} label={t('catalogues.name')} error={errors.fieldErrors.name}>
        {(control) => (
          <TextInput {...control} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </FormField>
      <SubmitButton busy={create.isPending} label={t('catalogues.add')} busyLabel={t('catalogues.adding')} />
    </form>
  )
}
