import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import {
  RecordPictureInput,
  SafetyAssessment,
  type MemberSafety,
  type SafetyOverview,
  type SafetyPicture,
} from '#shared/contracts/safety'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import {
  DateField,
  FormAlert,
  FormField,
  RadioFieldSet,
  SubmitButton,
  TextAreaField,
} from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { WarningIcon } from '../../../components/icons.tsx'
import { useRecordPicture } from '../api/record-picture.ts'
import { AssessmentLabel, errorsByField, sharedText, useMemberLabel } from './safety-parts.tsx'

/**
 * "Zicht op veiligheid": for each current member the newest picture of their safety (safe, concerns, unsafe — a
 * word and an icon), when, by whom and what it is based on; out of date while signals are open and it is older
 * than the configured number of days. Earlier pictures fold away; below, the form to record a new one.
 */
export function PicturesSection({ overview }: { overview: SafetyOverview }) {
  const { t } = useTranslation()
  const withEarlier = overview.members.filter((m) => m.earlier.length > 0)
  return (
    <section className="naast-stack" aria-labelledby="safety-pictures">
      <Heading level={2} id="safety-pictures">
        {t('safetyPage.pictures.title')}
      </Heading>
      <Paragraph className="naast-readable">
        {t('safetyPage.pictures.intro')}{' '}
        {t('safetyPage.pictures.maxAge', { days: overview.pictureMaxAgeDays })}
      </Paragraph>
      {overview.members.length === 0 ? (
        <Paragraph>{t('safetyPage.pictures.noMembers')}</Paragraph>
      ) : (
        <>
          <CurrentPictures members={overview.members} />
          {withEarlier.length > 0 && (
            <details className="naast-details">
              <summary>{t('safetyPage.pictures.earlier')}</summary>
              <div className="naast-details__body naast-stack">
                {withEarlier.map((member) => (
                  <EarlierPictures key={member.personId} member={member} />
                ))}
              </div>
            </details>
          )}
          <RecordPictureForm householdId={overview.householdId} members={overview.members} />
        </>
      )}
    </section>
  )
}

function CurrentPictures({ members }: { members: MemberSafety[] }) {
  const { t } = useTranslation()
  const memberLabel = useMemberLabel()
  return (
    <Table className="naast-table naast-safety-table">
      <Table.Caption className="ams-visually-hidden">{t('safetyPage.pictures.caption')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('safetyPage.pictures.member')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPage.pictures.assessment')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPage.pictures.date')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPage.pictures.by')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPage.pictures.basis')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {members.map((member) => (
          <Table.Row key={member.personId}>
            <Table.HeaderCell scope="row">{memberLabel(member.name, member.age)}</Table.HeaderCell>
            <Table.Cell>
              <span className="naast-cell-stack">
                {member.current ? (
                  <AssessmentLabel assessment={member.current.assessment} />
                ) : (
                  <span>{t('safetyPage.pictures.none')}</span>
                )}
                {member.overdue && <Overdue />}
              </span>
            </Table.Cell>
            <PictureFacts picture={member.current} />
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Date, by whom and the basis of a picture: three cells, empty when there is no picture yet. */
function PictureFacts({ picture }: { picture: SafetyPicture | null }) {
  const language = currentLanguage()
  return (
    <>
      <Table.Cell className="naast-nowrap">
        {picture ? formatDate(picture.assessedOn, language) : ''}
      </Table.Cell>
      <Table.Cell>{picture?.by ?? ''}</Table.Cell>
      <Table.Cell className="naast-safety-table__basis">{picture?.basis ?? ''}</Table.Cell>
    </>
  )
}

/** "Verouderd": an icon and the word, in the error colour. */
function Overdue() {
  const { t } = useTranslation()
  return (
    <span className="naast-overdue">
      <WarningIcon className="naast-overdue__icon" />
      {t('safetyPage.pictures.overdue')}
    </span>
  )
}

function EarlierPictures({ member }: { member: MemberSafety }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const headingId = `safety-earlier-${member.personId}`
  return (
    <section className="naast-stack" aria-labelledby={headingId}>
      <Heading level={3} size="level-4" id={headingId}>
        {t('safetyPage.pictures.earlierOf', { name: member.name })}
      </Heading>
      <Table className="naast-table naast-safety-table">
        <Table.Caption className="ams-visually-hidden">
          {t('safetyPage.pictures.earlierCaption', { name: member.name })}
        </Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('safetyPage.pictures.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('safetyPage.pictures.assessment')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('safetyPage.pictures.by')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('safetyPage.pictures.basis')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {member.earlier.map((picture) => (
            <Table.Row key={picture.id}>
              <Table.HeaderCell scope="row" className="naast-nowrap">
                {formatDate(picture.assessedOn, language)}
              </Table.HeaderCell>
              <Table.Cell>
                <AssessmentLabel assessment={picture.assessment} />
              </Table.Cell>
              <Table.Cell>{picture.by}</Table.Cell>
              <Table.Cell className="naast-safety-table__basis">{picture.basis}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  )
}

const fieldIds = {
  personId: 'picture-member',
  assessment: 'picture-assessment',
  basis: 'picture-basis',
  assessedOn: 'picture-assessed-on',
}

type Form = { personId: string; assessment: '' | SafetyAssessment; basis: string; assessedOn: string }

const emptyForm = (): Form => ({ personId: '', assessment: '', basis: '', assessedOn: today() })

/** "Beeld vastleggen": one member, how safe now, on what that is based, and the day. */
function RecordPictureForm({ householdId, members }: { householdId: number; members: MemberSafety[] }) {
  const { t } = useTranslation()
  const record = useRecordPicture(householdId)
  const errors = useFormErrors()
  const memberLabel = useMemberLabel()
  const [form, setForm] = useState(emptyForm)
  const [message, setMessage] = useState<string | null>(null)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldErrors = errorsByField(errors.fieldErrors, fieldIds)
  const fieldLabels = {
    personId: t('safetyPage.pictures.record.member'),
    assessment: t('safetyPage.pictures.record.assessment'),
    basis: t('safetyPage.pictures.record.basis'),
    assessedOn: t('safetyPage.pictures.record.assessedOn'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (record.isPending) return
    setMessage(null)
    const checked = validate(RecordPictureInput, {
      personId: form.personId ? Number(form.personId) : undefined,
      assessment: form.assessment || undefined,
      basis: form.basis,
      assessedOn: form.assessedOn,
    })
    if (!checked.ok) {
      const problems = { ...checked.fieldErrors }
      if (problems.personId) problems.personId = sharedText('errors.chooseOption')
      if (problems.assessment) problems.assessment = sharedText('errors.chooseOption')
      return errors.showFieldErrors(errorsByField(problems, fieldIds))
    }
    errors.clear()
    const name = members.find((m) => m.personId === checked.data.personId)?.name ?? ''
    record.mutate(checked.data, {
      onSuccess: () => {
        setForm(emptyForm())
        setMessage(t('safetyPage.pictures.record.recorded', { name }))
      },
      onError: errors.showError,
    })
  }

  return (
    <section className="naast-stack" aria-labelledby="safety-record-picture">
      <Heading level={3} id="safety-record-picture">
        {t('safetyPage.pictures.record.title')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
        {message && (
          <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)} />
        )}
        <FormAlert
          {...errors}
          fieldErrors={fieldErrors}
          fieldIds={fieldIds}
          fieldLabels={fieldLabels}
          headingLevel={4}
        />
        <FormField id={fieldIds.personId} label={fieldLabels.personId} error={fieldErrors.personId}>
          {(control) => (
            <Select {...control} value={form.personId} onChange={(e) => set('personId', e.target.value)}>
              <Select.Option value="">{t('safetyPage.pictures.record.chooseMember')}</Select.Option>
              {members.map((member) => (
                <Select.Option key={member.personId} value={String(member.personId)}>
                  {memberLabel(member.name, member.age)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
        <RadioFieldSet
          id={fieldIds.assessment}
          legend={fieldLabels.assessment}
          error={fieldErrors.assessment}
          options={SafetyAssessment.options}
          value={form.assessment}
          onChange={(assessment) => set('assessment', assessment)}
          optionLabel={(assessment) => <AssessmentLabel assessment={assessment} />}
        />
        <TextAreaField
          id={fieldIds.basis}
          label={fieldLabels.basis}
          description={t('safetyPage.pictures.record.basisHint')}
          error={fieldErrors.basis}
          rows={4}
          value={form.basis}
          onChange={(value) => set('basis', value)}
        />
        <DateField
          id={fieldIds.assessedOn}
          label={fieldLabels.assessedOn}
          error={fieldErrors.assessedOn}
          max={today()}
          value={form.assessedOn}
          onChange={(value) => set('assessedOn', value)}
        />
        <SubmitButton
          busy={record.isPending}
          label={t('safetyPage.pictures.record.save')}
          busyLabel={t('safetyPage.saving')}
        />
      </form>
    </section>
  )
}
