import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, TextInput } from '@amsterdam/design-system-react'
import type { Settings } from '#shared/contracts/settings'
import { useFormErrors, type FieldErrors } from '../../../lib/form-errors.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useSettings, useUpdateSettings } from '../api/settings.ts'

type SettingKey = keyof Settings

/** Each setting's field and its bounds (the same as the contract's; the server checks them again). */
const fields = {
  safetyPictureMaxAgeDays: { id: 'settings-picture-max-age', min: 1, max: 365 },
  unusualReadingThreshold: { id: 'settings-unusual-reading', min: 5, max: 1000 },
  retentionMinorYears: { id: 'settings-retention-minor', min: 1, max: 100 },
  retentionOtherYears: { id: 'settings-retention-other', min: 1, max: 100 },
} as const satisfies Record<SettingKey, { id: string; min: number; max: number }>

const settingKeys = Object.keys(fields) as SettingKey[]
const fieldIds = Object.fromEntries(settingKeys.map((key) => [key, fields[key].id])) as Record<
  SettingKey,
  string
>

type Form = Record<SettingKey, string>

function toForm(settings: Settings): Form {
  return Object.fromEntries(settingKeys.map((key) => [key, String(settings[key])])) as Form
}

/** The administrator's settings for the whole municipality. */
export function SettingsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('settings.title'))
  const settings = useSettings()
  return (
    <div className="naast-stack">
      <Heading level={1}>{t('settings.title')}</Heading>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <QueryResult query={settings}>{(current) => <SettingsForm current={current} />}</QueryResult>
    </div>
  )
}

/**
 * One form for all settings, in three parts: how old a picture of safety may be while signals are open (safety page,
 * route checkpoints, the team's safety list), when reading many households raises a signal, and how long files are
 * kept. All four are sent on save.
 */
function SettingsForm({ current }: { current: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  const errors = useFormErrors()
  const [form, setForm] = useState<Form>(() => toForm(current))
  const [saved, setSaved] = useState(false)

  function set(key: SettingKey, value: string) {
    setForm((previous) => ({ ...previous, [key]: value }))
    setSaved(false)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (update.isPending) return
    setSaved(false)
    const fieldErrors: FieldErrors = {}
    const values = {} as Settings
    for (const key of settingKeys) {
      const { min, max } = fields[key]
      const text = form[key].trim()
      const value = Number(text)
      if (!/^\d+$/.test(text) || value < min || value > max)
        fieldErrors[key] = t('settings.rangeError', { min, max })
      values[key] = value
    }
    if (Object.keys(fieldErrors).length > 0) return errors.showFieldErrors(fieldErrors)
    errors.clear()
    update.mutate(values, {
      onSuccess: (settings) => {
        setForm(toForm(settings))
        setSaved(true)
      },
      onError: errors.showError,
    })
  }

  const labels: Record<SettingKey, string> = {
    safetyPictureMaxAgeDays: t('settings.maxAgeLabel'),
    unusualReadingThreshold: t('settings.readingLabel'),
    retentionMinorYears: t('settings.retentionMinorLabel'),
    retentionOtherYears: t('settings.retentionOtherLabel'),
  }
  const hints: Record<SettingKey, string> = {
    safetyPictureMaxAgeDays: t('settings.maxAgeHint'),
    unusualReadingThreshold: t('settings.readingHint'),
    retentionMinorYears: t('settings.retentionMinorHint'),
    retentionOtherYears: t('settings.retentionOtherHint'),
  }

  function numberField(key: SettingKey) {
    return (
      <FormField
        id={fields[key].id}
        label={labels[key]}
        description={hints[key]}
        error={errors.fieldErrors[key]}
      >
        {(control) => (
          <TextInput
            {...control}
            name={key}
            inputMode="numeric"
            autoComplete="off"
            size={5}
            value={form[key]}
            onChange={(e) => set(key, e.target.value)}
          />
        )}
      </FormField>
    )
  }

  return (
    <div className="naast-stack naast-narrow">
      {saved && (
        <StatusMessage heading={t('settings.saved')} headingLevel={2} onClose={() => setSaved(false)} />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={labels} headingLevel={2} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <section aria-labelledby="settings-safety" className="naast-stack">
          <Heading level={2} id="settings-safety">
            {t('settings.safetyTitle')}
          </Heading>
          {numberField('safetyPictureMaxAgeDays')}
        </section>
        <section aria-labelledby="settings-reading" className="naast-stack">
          <Heading level={2} id="settings-reading">
            {t('settings.readingTitle')}
          </Heading>
          {numberField('unusualReadingThreshold')}
        </section>
        <section aria-labelledby="settings-retention" className="naast-stack">
          <Heading level={2} id="settings-retention">
            {t('settings.retentionTitle')}
          </Heading>
          <Paragraph>{t('settings.retentionIntro')}</Paragraph>
          {numberField('retentionMinorYears')}
          {numberField('retentionOtherYears')}
        </section>
        <SubmitButton busy={update.isPending} label={t('settings.save')} busyLabel={t('settings.saving')} />
      </form>
    </div>
  )
}
