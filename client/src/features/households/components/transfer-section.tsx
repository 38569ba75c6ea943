import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Select, TextArea } from '@amsterdam/design-system-react'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { useTeamWorkers } from '../../../lib/team-workers.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { useTransferCase } from '../api/transfer-case.ts'

const fieldIds = { toWorkerId: 'transfer-to', note: 'transfer-note' }

/**
 * "Overdragen aan collega": offers the case to a colleague of the team. It stays with this worker until the
 * colleague accepts in their "Vandaag".
 */
export function TransferSection({ household, myId }: { household: HouseholdDetail; myId: number }) {
  const { t } = useTranslation()
  const workers = useTeamWorkers()
  const onCase = new Set(household.workers.map((worker) => worker.id))
  return (
    <section className="naast-stack" aria-labelledby="household-transfer">
      <Heading level={2} id="household-transfer">
        {t('transfer.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('transfer.intro')}</Paragraph>
      <QueryResult query={workers} errorHeadingLevel={3}>
        {(list) => {
          const colleagues = list.filter((worker) => worker.id !== myId && !onCase.has(worker.id))
          return colleagues.length === 0 ? (
            <Paragraph>{t('transfer.noColleagues')}</Paragraph>
          ) : (
            <TransferForm householdId={household.id} colleagues={colleagues} />
          )
        }}
      </QueryResult>
    </section>
  )
}

function OfferedMessage({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={t('transfer.offered', { name })} headingLevel={3} onClose={onClose}>
        <Paragraph>{t('transfer.offeredNext', { name })}</Paragraph>
      </StatusMessage>
    </div>
  )
}

function TransferForm({
  householdId,
  colleagues,
}: {
  householdId: number
  colleagues: { id: number; name: string }[]
}) {
  const { t } = useTranslation()
  const transfer = useTransferCase(householdId)
  const errors = useFormErrors()
  const [toWorkerId, setToWorkerId] = useState('')
  const [note, setNote] = useState('')
  const [offeredTo, setOfferedTo] = useState<string | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (transfer.isPending) return
    setOfferedTo(null)
    if (!toWorkerId) return errors.showFieldErrors({ toWorkerId: t('errors.chooseOption') })
    if (note.trim().length > 1000) return errors.showFieldErrors({ note: t('errors.tooLong') })
    errors.clear()
    const name = colleagues.find((c) => String(c.id) === toWorkerId)?.name ?? ''
    transfer.mutate(
      { toWorkerId: Number(toWorkerId), note: note.trim() || undefined },
      {
        onSuccess: () => {
          setOfferedTo(name)
          setToWorkerId('')
          setNote('')
        },
        onError: errors.showError,
      },
    )
  }

  return (
    <>
      {offeredTo && <OfferedMessage name={offeredTo} onClose={() => setOfferedTo(null)} />}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={3} formErrorTitle={t('transfer.failed')} />
      <form onSubmit={onSubmit} noValidate className="naast-form naast-narrow">
        <FormField id={fieldIds.toWorkerId} label={t('transfer.to')} error={errors.fieldErrors.toWorkerId}>
          {(control) => (
            <Select {...control} value={toWorkerId} onChange={(e) => setToWorkerId(e.target.value)}>
              <Select.Option value="">{t('transfer.chooseColleague')}</Select.Option>
              {colleagues.map((colleague) => (
                <Select.Option key={colleague.id} value={String(colleague.id)}>
                  {colleague.name}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          id={fieldIds.note}
          label={t('transfer.note')}
          description={t('transfer.noteHint')}
          error={errors.fieldErrors.note}
          requirement="optional"
        >
          {(control) => (
            <TextArea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </FormField>
        <SubmitButton
          busy={transfer.isPending}
          label={t('transfer.submit')}
          busyLabel={t('transfer.submitting')}
        />
      </form>
    </>
  )
}
