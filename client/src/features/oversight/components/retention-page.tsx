import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react'
import type { RetentionDueFile, RetentionOverview } from '#shared/contracts/oversight'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { currentLanguage, i18n } from '../../../lib/i18n.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { useDeleteFile, useRetentionOverview, useRunRetentionCheck } from '../api/retention.ts'
import './oversight.css'

const confirmFieldIds = { confirmHouseholdId: 'retention-confirm-id' }

/**
 * "Bewaartermijnen": a daily check lists the files past their retention date; the administrator confirms each
 * deletion by typing the file number. Deleting removes the case data for good; only the audit line stays.
 */
export function RetentionPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('oversight.retention.title'))
  const overview = useRetentionOverview()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('oversight.retention.title')}</Heading>
      <Paragraph className="naast-readable">{t('oversight.retention.intro')}</Paragraph>
      <QueryResult query={overview}>{(data) => <Overview overview={data} />}</QueryResult>
    </div>
  )
}

function Overview({ overview }: { overview: RetentionOverview }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const run = useRunRetentionCheck()
  const [ranCount, setRanCount] = useState<number | null>(null)
  const [confirming, setConfirming] = useState<RetentionDueFile | null>(null)
  const [deletedId, setDeletedId] = useState<number | null>(null)

  function onRun() {
    if (run.isPending) return
    setRanCount(null)
    setDeletedId(null)
    run.mutate(undefined, { onSuccess: (next) => setRanCount(next.due.length) })
  }

  return (
    <>
      <div className="naast-stack">
        <Paragraph>
          {overview.lastRunAt
            ? t('oversight.retention.lastRun', { date: formatDateTime(overview.lastRunAt, language) })
            : t('oversight.retention.neverRun')}
        </Paragraph>
        <Button variant="secondary" onClick={onRun} aria-disabled={run.isPending || undefined}>
          {run.isPending ? t('oversight.retention.running') : t('oversight.retention.run')}
        </Button>
        {run.isError && (
          <Paragraph role="alert" className="naast-error-text">
            {errorText(run.error, t)}
          </Paragraph>
        )}
        {ranCount !== null && (
          <FocusedStatus
            key={overview.lastRunAt}
            heading={t('oversight.retention.ran', { count: ranCount })}
            onClose={() => setRanCount(null)}
          />
        )}
      </div>

      <section className="naast-stack" aria-labelledby="retention-due">
        <Heading level={2} id="retention-due">
          {t('oversight.retention.dueTitle')}
        </Heading>
        {deletedId !== null && (
          <FocusedStatus
            key={deletedId}
            heading={t('oversight.retention.deleted', { id: deletedId })}
            onClose={() => setDeletedId(null)}
          />
        )}
        {overview.due.length === 0 ? (
          <Paragraph>{t('oversight.retention.dueEmpty')}</Paragraph>
        ) : (
          <DueTable
            files={overview.due}
            onDelete={(file) => {
              setDeletedId(null)
              setConfirming(file)
            }}
          />
        )}
        {confirming && (
          <ConfirmDelete
            key={confirming.householdId}
            file={confirming}
            onCancel={() => {
              const id = confirming.householdId
              setConfirming(null)
              // Back to the button that opened this step.
              requestAnimationFrame(() => document.getElementById(deleteButtonId(id))?.focus())
            }}
            onDeleted={() => {
              setDeletedId(confirming.householdId)
              setConfirming(null)
            }}
          />
        )}
      </section>
    </>
  )
}

const deleteButtonId = (householdId: number) => `retention-delete-${householdId}`

function DueTable({
  files,
  onDelete,
}: {
  files: RetentionDueFile[]
  onDelete: (file: RetentionDueFile) => void
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Table className="naast-table naast-table--compact">
      <Table.Caption className="ams-visually-hidden">{t('oversight.retention.dueTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('oversight.retention.fileNumber')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.team')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.neighbourhood')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.kind')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.lastChanged')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.retentionDate')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('oversight.retention.listedAt')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="ams-visually-hidden">{t('oversight.retention.actions')}</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {files.map((file) => (
          <Table.Row key={file.householdId}>
            <Table.HeaderCell scope="row">{file.householdId}</Table.HeaderCell>
            <Table.Cell>{file.teamName}</Table.Cell>
            <Table.Cell>{file.neighbourhoodName}</Table.Cell>
            <Table.Cell>{t(`oversight.retention.kinds.${file.kind}`)}</Table.Cell>
            <Table.Cell>{formatDate(file.lastChangedAt, language)}</Table.Cell>
            <Table.Cell>{formatDate(file.retentionDate, language)}</Table.Cell>
            <Table.Cell>{formatDate(file.listedAt, language)}</Table.Cell>
            <Table.Cell>
              <Button
                id={deleteButtonId(file.householdId)}
                variant="secondary"
                onClick={() => onDelete(file)}
              >
                {t('oversight.retention.delete')}
                <span className="ams-visually-hidden">
                  : {t('oversight.retention.fileNumber')} {file.householdId}
                </span>
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** The confirmation step: what will happen, and the file number typed over, before anything is deleted. */
function ConfirmDelete({
  file,
  onCancel,
  onDeleted,
}: {
  file: RetentionDueFile
  onCancel: () => void
  onDeleted: () => void
}) {
  const { t } = useTranslation()
  const remove = useDeleteFile()
  const errors = useFormErrors()
  const [typed, setTyped] = useState('')
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const id = file.householdId

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (remove.isPending) return
    if (typed.trim() !== String(id))
      return errors.showFieldErrors({ confirmHouseholdId: i18n.t('errors.confirmHouseholdIdMismatch') })
    errors.clear()
    remove.mutate(
      { householdId: id, confirmHouseholdId: id },
      { onSuccess: onDeleted, onError: errors.showError },
    )
  }

  return (
    <section className="naast-stack naast-narrow naast-oversight-confirm" aria-labelledby="retention-confirm">
      <Heading level={3} id="retention-confirm" ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('oversight.retention.confirmTitle', { id })}
      </Heading>
      <Paragraph>{t('oversight.retention.confirmWhat')}</Paragraph>
      <Paragraph>
        <strong>{t('oversight.retention.confirmUndo')}</strong>
      </Paragraph>
      <FormAlert {...errors} fieldIds={confirmFieldIds} headingLevel={4} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={confirmFieldIds.confirmHouseholdId}
          label={t('oversight.retention.confirmLabel')}
          description={t('oversight.retention.confirmHint', { id })}
          error={errors.fieldErrors.confirmHouseholdId}
        >
          {(control) => (
            <TextInput
              {...control}
              name="confirmHouseholdId"
              inputMode="numeric"
              autoComplete="off"
              size={8}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </FormField>
        <div className="naast-oversight-actions">
          <SubmitButton
            busy={remove.isPending}
            label={t('oversight.retention.confirm')}
            busyLabel={t('oversight.retention.deleting')}
          />
          <Button variant="tertiary" onClick={onCancel}>
            {t('oversight.retention.cancel')}
          </Button>
        </div>
      </form>
    </section>
  )
}
