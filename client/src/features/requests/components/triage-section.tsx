import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Checkbox,
  DescriptionList,
  Heading,
  Paragraph,
  Radio,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import {
  SafetyAnswer,
  TriageInput,
  TriageRoute,
  Urgency,
  type RequestDetail,
  type TriageVersion,
} from '#shared/contracts/requests'
import { formatDateTime } from '#shared/domain/dates'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useMe } from '../../../lib/session.ts'
import { useTeamWorkers } from '../../../lib/team-workers.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'
import { useExpertises } from '../api/list-expertises.ts'
import { useTriageRequest } from '../api/triage-request.ts'

type TriageFields = {
  urgency: string
  safetyAnswer: string
  safetyNote: string
  expertiseIds: number[]
  route: string
  routeReasoning: string
  advice: string
  assignWorkerIds: number[]
  ownDirection: string
  referralTo: string
}

const fieldIds: Record<string, string> = {
  urgency: 'triage-urgency',
  safetyAnswer: 'triage-safetyAnswer',
  safetyNote: 'triage-safetyNote',
  expertiseIds: 'triage-expertiseIds',
  route: 'triage-route',
  routeReasoning: 'triage-routeReasoning',
  advice: 'triage-advice',
  assignWorkerIds: 'triage-assignWorkerIds',
  ownDirection: 'triage-ownDirection',
  referralTo: 'triage-referralTo',
}

/** The latest triage fills the form: revisiting it starts from what was decided, and saving adds a version. */
function fieldsFrom(latest: TriageVersion | undefined): TriageFields {
  return {
    urgency: latest?.urgency ?? '',
    safetyAnswer: latest?.safetyAnswer ?? '',
    safetyNote: latest?.safetyNote ?? '',
    expertiseIds: latest?.expertises.map((e) => e.id) ?? [],
    route: latest?.route ?? '',
    routeReasoning: latest?.routeReasoning ?? '',
    advice: latest?.advice ?? '',
    assignWorkerIds: [],
    ownDirection: latest?.ownDirection ?? '',
    referralTo: latest?.referralTo ?? '',
  }
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** Triage on one screen (route step 4), and every earlier version with who and when. */
export function TriageSection({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const versions = [...request.triage].sort((a, b) => b.version - a.version)
  return (
    <section className="naast-stack" aria-labelledby="request-triage">
      <Heading level={2} id="request-triage">
        {t('triage.title')}
      </Heading>
      <Paragraph className="naast-readable">
        {versions.length === 0 ? t('triage.introFirst') : t('triage.introAgain')}
      </Paragraph>
      <TriageForm request={request} latest={versions[0]} />
      <section className="naast-stack" aria-labelledby="triage-versions">
        <Heading level={3} id="triage-versions">
          {t('triage.versionsTitle')}
        </Heading>
        {versions.length === 0 ? (
          <Paragraph>{t('triage.versionsEmpty')}</Paragraph>
        ) : (
          <ol className="naast-card-list">
            {versions.map((version) => (
              <li key={version.id} className="naast-card">
                <TriageVersionView version={version} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  )
}

function SavedMessage({ version, onClose }: { version: number; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <div ref={ref} tabIndex={-1} className="naast-focus-target">
      <StatusMessage heading={t('triage.saved', { version })} headingLevel={3} onClose={onClose} />
    </div>
  )
}

function TriageForm({ request, latest }: { request: RequestDetail; latest: TriageVersion | undefined }) {
  const { t } = useTranslation()
  const role = useMe().data?.role
  const triage = useTriageRequest(request.id)
  const expertises = useExpertises()
  const workers = useTeamWorkers()
  const errors = useFormErrors()
  const [fields, setFields] = useState<TriageFields>(() => fieldsFrom(latest))
  const [savedVersion, setSavedVersion] = useState<number | null>(null)
  const set = <K extends keyof TriageFields>(key: K, value: TriageFields[K]) =>
    setFields((previous) => ({ ...previous, [key]: value }))
  const toggle = (key: 'expertiseIds' | 'assignWorkerIds', id: number, on: boolean) =>
    setFields((previous) => ({
      ...previous,
      [key]: on ? [...previous[key], id] : previous[key].filter((other) => other !== id),
    }))
  const error = (field: string) => errors.fieldErrors[field]
  const safetyYes = fields.safetyAnswer === 'yes'

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (triage.isPending) return
    setSavedVersion(null)
    const route = fields.route
    const checked = validate(TriageInput, {
      urgency: fields.urgency || undefined,
      safetyAnswer: fields.safetyAnswer || undefined,
      safetyNote: optional(fields.safetyNote),
      expertiseIds: fields.expertiseIds,
      route: route || undefined,
      routeReasoning: fields.routeReasoning,
      // Only what belongs to the chosen route is sent; the rest stays in the form in case the worker switches back.
      advice: route === 'no_professional_help' ? optional(fields.advice) : undefined,
      assignWorkerIds: route === 'team' && fields.assignWorkerIds.length ? fields.assignWorkerIds : undefined,
      ownDirection: route === 'team' ? optional(fields.ownDirection) : undefined,
      referralTo: route === 'referral' ? optional(fields.referralTo) : undefined,
    })
    // The same rules the server applies, checked here so the worker hears them at once.
    const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
    for (const key of ['urgency', 'safetyAnswer', 'route'])
      if (fieldErrors[key] === t('errors.required')) fieldErrors[key] = t('errors.chooseOption')
    if (safetyYes && !fields.safetyNote.trim()) fieldErrors.safetyNote = t('errors.safetyNoteRequired')
    if (route === 'no_professional_help' && !fields.advice.trim())
      fieldErrors.advice = t('errors.adviceRequired')
    if (route === 'referral' && !fields.referralTo.trim())
      fieldErrors.referralTo = t('errors.referralToRequired')
    if (route === 'team' && role === 'supervisor' && fields.assignWorkerIds.length === 0)
      fieldErrors.assignWorkerIds = t('errors.chooseWorker')
    if (!checked.ok || Object.keys(fieldErrors).length > 0) {
      // Keep the order of the form in the summary.
      const ordered = Object.fromEntries(
        Object.keys(fieldIds)
          .filter((key) => fieldErrors[key])
          .map((key) => [key, fieldErrors[key]!]),
      )
      return errors.showFieldErrors({ ...ordered, ...fieldErrors })
    }
    errors.clear()
    triage.mutate(checked.data, {
      onSuccess: (updated) => {
        setSavedVersion(Math.max(...updated.triage.map((v) => v.version)))
        setFields((previous) => ({ ...previous, assignWorkerIds: [] }))
      },
      onError: errors.showError,
    })
  }

  return (
    <>
      {savedVersion !== null && <SavedMessage version={savedVersion} onClose={() => setSavedVersion(null)} />}
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{
          urgency: t('triage.urgency'),
          safetyAnswer: t('triage.safetyQuestion'),
          safetyNote: t('triage.safetyNote'),
          expertiseIds: t('triage.expertise'),
          route: t('triage.route'),
          routeReasoning: t('triage.reasoning'),
          advice: t('triage.advice'),
          assignWorkerIds: t('triage.assignWorkers'),
          ownDirection: t('triage.ownDirection'),
          referralTo: t('triage.referralTo'),
        }}
        headingLevel={3}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
        <FormFieldSet
          id={fieldIds.urgency!}
          kind="radio"
          legend={t('triage.urgency')}
          error={error('urgency')}
        >
          {(group) =>
            Urgency.options.map((value) => (
              <Radio
                key={value}
                name="urgency"
                value={value}
                invalid={group.invalid}
                checked={fields.urgency === value}
                onChange={() => set('urgency', value)}
              >
                {t(`urgency.${value}`)}
              </Radio>
            ))
          }
        </FormFieldSet>

        <div className="naast-form naast-safety-question">
          <FormFieldSet
            id={fieldIds.safetyAnswer!}
            kind="radio"
            legend={t('triage.safetyQuestion')}
            description={t('triage.safetyQuestionHint')}
            error={error('safetyAnswer')}
          >
            {(group) =>
              SafetyAnswer.options.map((value) => (
                <Radio
                  key={value}
                  name="safetyAnswer"
                  value={value}
                  invalid={group.invalid}
                  checked={fields.safetyAnswer === value}
                  onChange={() => set('safetyAnswer', value)}
                >
                  {t(`safetyAnswers.${value}`)}
                </Radio>
              ))
            }
          </FormFieldSet>
          <FormField
            id={fieldIds.safetyNote!}
            label={t('triage.safetyNote')}
            description={safetyYes ? t('triage.safetyNoteHintYes') : t('triage.safetyNoteHint')}
            error={error('safetyNote')}
            requirement={safetyYes ? 'required' : 'optional'}
          >
            {(control) => (
              <TextArea
                {...control}
                rows={3}
                value={fields.safetyNote}
                onChange={(e) => set('safetyNote', e.target.value)}
              />
            )}
          </FormField>
          {safetyYes && <Paragraph size="small">{t('triage.safetyYesConsequence')}</Paragraph>}
        </div>

        <FormFieldSet
          id={fieldIds.expertiseIds!}
          kind="checkbox"
          requirement="optional"
          legend={t('triage.expertise')}
          error={error('expertiseIds')}
        >
          {(group) =>
            expertises.isPending ? (
              <Paragraph size="small">{t('app.loading')}</Paragraph>
            ) : expertises.isError ? (
              <Paragraph size="small">{t('triage.expertiseFailed')}</Paragraph>
            ) : expertises.data.length === 0 ? (
              <Paragraph size="small">{t('triage.expertiseEmpty')}</Paragraph>
            ) : (
              expertises.data.map((expertise) => (
                <Checkbox
                  key={expertise.id}
                  invalid={group.invalid}
                  checked={fields.expertiseIds.includes(expertise.id)}
                  onChange={(e) => toggle('expertiseIds', expertise.id, e.target.checked)}
                >
                  {expertise.name}
                </Checkbox>
              ))
            )
          }
        </FormFieldSet>

        <FormFieldSet id={fieldIds.route!} kind="radio" legend={t('triage.route')} error={error('route')}>
          {(group) =>
            TriageRoute.options.map((value) => (
              <Radio
                key={value}
                name="route"
                value={value}
                invalid={group.invalid}
                checked={fields.route === value}
                onChange={() => set('route', value)}
              >
                {t(`routes.${value}`)}
              </Radio>
            ))
          }
        </FormFieldSet>

        {fields.route === 'no_professional_help' && (
          <FormField
            id={fieldIds.advice!}
            label={t('triage.advice')}
            description={t('triage.adviceHint')}
            error={error('advice')}
          >
            {(control) => (
              <TextArea
                {...control}
                rows={3}
                value={fields.advice}
                onChange={(e) => set('advice', e.target.value)}
              />
            )}
          </FormField>
        )}
        {fields.route === 'team' && (
          <>
            <FormFieldSet
              id={fieldIds.assignWorkerIds!}
              kind="checkbox"
              requirement={role === 'supervisor' ? 'required' : 'optional'}
              legend={t('triage.assignWorkers')}
              description={
                role === 'supervisor'
                  ? t('triage.assignWorkersHintSupervisor')
                  : t('triage.assignWorkersHint')
              }
              error={error('assignWorkerIds')}
            >
              {(group) =>
                workers.isPending ? (
                  <Paragraph size="small">{t('app.loading')}</Paragraph>
                ) : workers.isError ? (
                  <Paragraph size="small">{t('triage.workersFailed')}</Paragraph>
                ) : (
                  workers.data.map((worker) => (
                    <Checkbox
                      key={worker.id}
                      invalid={group.invalid}
                      checked={fields.assignWorkerIds.includes(worker.id)}
                      onChange={(e) => toggle('assignWorkerIds', worker.id, e.target.checked)}
                    >
                      {worker.name}
                    </Checkbox>
                  ))
                )
              }
            </FormFieldSet>
            <FormField
              id={fieldIds.ownDirection!}
              label={t('triage.ownDirection')}
              description={t('triage.ownDirectionHint')}
              error={error('ownDirection')}
              requirement="optional"
            >
              {(control) => (
                <TextArea
                  {...control}
                  rows={2}
                  value={fields.ownDirection}
                  onChange={(e) => set('ownDirection', e.target.value)}
                />
              )}
            </FormField>
          </>
        )}
        {fields.route === 'referral' && (
          <FormField
            id={fieldIds.referralTo!}
            label={t('triage.referralTo')}
            description={t('triage.referralToHint')}
            error={error('referralTo')}
          >
            {(control) => (
              <TextInput
                {...control}
                value={fields.referralTo}
                onChange={(e) => set('referralTo', e.target.value)}
              />
            )}
          </FormField>
        )}
        {fields.route === 'crisis' && <Paragraph size="small">{t('triage.crisisHint')}</Paragraph>}

        <FormField
          id={fieldIds.routeReasoning!}
          label={t('triage.reasoning')}
          description={t('triage.reasoningHint')}
          error={error('routeReasoning')}
        >
          {(control) => (
            <TextArea
              {...control}
              rows={3}
              value={fields.routeReasoning}
              onChange={(e) => set('routeReasoning', e.target.value)}
            />
          )}
        </FormField>
        <SubmitButton busy={triage.isPending} label={t('triage.save')} busyLabel={t('triage.saving')} />
      </form>
    </>
  )
}

function TriageVersionView({ version }: { version: TriageVersion }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <>
      <Heading level={4}>
        {t('triage.versionHeading', {
          version: version.version,
          name: version.createdBy.name,
          date: formatDateTime(version.createdAt, language),
        })}
      </Heading>
      <DescriptionList termsWidth="medium">
        <DescriptionList.Term>{t('triage.history.urgency')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`urgency.${version.urgency}`)}</DescriptionList.Description>
        <DescriptionList.Term>{t('triage.safetyShort')}</DescriptionList.Term>
        <DescriptionList.Description>
          {t(`safetyAnswers.${version.safetyAnswer}`)}
          {version.safetyNote ? ` – ${version.safetyNote}` : ''}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('triage.history.expertise')}</DescriptionList.Term>
        <DescriptionList.Description>
          {version.expertises.length
            ? version.expertises.map((e) => e.name).join(', ')
            : t('triage.noExpertise')}
        </DescriptionList.Description>
        <DescriptionList.Term>{t('triage.history.route')}</DescriptionList.Term>
        <DescriptionList.Description>{t(`routes.${version.route}`)}</DescriptionList.Description>
        {version.advice && (
          <>
            <DescriptionList.Term>{t('triage.history.advice')}</DescriptionList.Term>
            <DescriptionList.Description>{version.advice}</DescriptionList.Description>
          </>
        )}
        {version.ownDirection && (
          <>
            <DescriptionList.Term>{t('triage.history.ownDirection')}</DescriptionList.Term>
            <DescriptionList.Description>{version.ownDirection}</DescriptionList.Description>
          </>
        )}
        {version.referralTo && (
          <>
            <DescriptionList.Term>{t('triage.history.referralTo')}</DescriptionList.Term>
            <DescriptionList.Description>{version.referralTo}</DescriptionList.Description>
          </>
        )}
        <DescriptionList.Term>{t('triage.history.reasoning')}</DescriptionList.Term>
        <DescriptionList.Description>{version.routeReasoning}</DescriptionList.Description>
      </DescriptionList>
    </>
  )
}
