import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, ErrorMessage, Paragraph, Row, Select } from '@amsterdam/design-system-react'
import { ApiRequestError, errorText } from '../../../lib/api.ts'
import { useTeamWorkers } from '../../../lib/team-workers.ts'
import { useAssignTriageWorker } from '../api/assign-triage-worker.ts'

type AssignTriageWorkerFormProps = {
  requestId: number
  householdName: string
  onAssigned?: (workerName: string) => void
}

/**
 * The supervisor chooses who triages a request that has nobody yet. A select with its own button: changing the
 * select alone does not save anything (WCAG 3.2.2).
 */
export function AssignTriageWorkerForm({
  requestId,
  householdName,
  onAssigned,
}: AssignTriageWorkerFormProps) {
  const { t } = useTranslation()
  const workers = useTeamWorkers()
  const assign = useAssignTriageWorker()
  const [workerId, setWorkerId] = useState('')
  const [error, setError] = useState<string | null>(null)
  const selectId = `assign-${requestId}-worker`
  const errorId = `${selectId}-error`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (assign.isPending) return
    if (!workerId) return setError(t('triage.chooseWorkerFirst'))
    setError(null)
    assign.mutate(
      { requestId, workerId: Number(workerId) },
      {
        onSuccess: (request) => onAssigned?.(request.triageWorker?.name ?? ''),
        onError: (failure) => {
          const fieldError = failure instanceof ApiRequestError ? failure.fieldErrors.workerId : undefined
          setError(fieldError ?? errorText(failure, t))
        },
      },
    )
  }

  if (workers.isError) return <Paragraph size="small">{errorText(workers.error, t)}</Paragraph>
  return (
    <form onSubmit={onSubmit} noValidate className="naast-inline-form">
      {error && (
        <ErrorMessage id={errorId} prefix={t('forms.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <Row gap="x-small" alignVertical="center" wrap>
        <Select
          id={selectId}
          aria-label={t('triage.assignLabel', { name: householdName })}
          aria-describedby={error ? errorId : undefined}
          invalid={Boolean(error)}
          value={workerId}
          onChange={(e) => setWorkerId(e.target.value)}
        >
          <Select.Option value="">
            {workers.isPending ? t('app.loading') : t('triage.chooseWorker')}
          </Select.Option>
          {(workers.data ?? []).map((worker) => (
            <Select.Option key={worker.id} value={String(worker.id)}>
              {worker.name}
            </Select.Option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" aria-disabled={assign.isPending || undefined}>
          {assign.isPending ? t('triage.assigning') : t('triage.assign')}
          <span className="ams-visually-hidden">: {householdName}</span>
        </Button>
      </Row>
    </form>
  )
}
