import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph, TextInput } from '@amsterdam/design-system-react'
import type { Settings } from '#shared/contracts/settings'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { useDocumentTitle } from '../../../lib/use-document-title.ts'
import { FormAlert, FormField, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useSettings, useUpdateSettings } from '../api/settings.ts'

const fieldIds = { safetyPictureMaxAgeDays: 'settings-picture-max-age' }

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
 * While a case has open signals, a member's picture of safety older than this many days counts as out of date: on
 * the safety page, the route's checkpoints and the team's safety list.
 */
function SettingsForm({ current }: { current: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  const errors = useFormErrors()
  const [days, setDays] = useState(String(current.safetyPictureMaxAgeDays))
  const [saved, setSaved] = useState<number | null>(null)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (update.isPending) return
    setSaved(null)
    const value = Number(days.trim())
    if (!/^\d+$/.test(days.trim()) || value < 1 || value > 365)
      return errors.showFieldErrors({ safetyPictureMaxAgeDays: t('settings.rangeError') })
    errors.clear()
    update.mutate(
      { safetyPictureMaxAgeDays: value },
      {
        onSuccess: (settings) => {
          setDays(String(settings.safetyPictureMaxAgeDays))
          setSaved(settings.safetyPictureMaxAgeDays)
        },
        onError: errors.showError,
      },
    )
  }

  return (
    <section className="naast-stack naast-narrow" aria-labelledby="settings-safety">
      <Heading level={2} id="settings-safety">
        {t('settings.safetyTitle')}
      </Heading>
      {saved !== null && (
        <StatusMessage
          heading={t('settings.saved', { count: saved })}
          headingLevel={3}
          onClose={() => setSaved(null)}
        />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={3} />
      <form onSubmit={onSubmit} noValidate className="naast-form">
        <FormField
          id={fieldIds.safetyPictureMaxAgeDays}
          label={t('settings.maxAgeLabel')}
          description={t('settings.maxAgeHint')}
          error={errors.fieldErrors.safetyPictureMaxAgeDays}
        >
          {(control) => (
            <TextInput
              {...control}
              name="safetyPictureMaxAgeDays"
              inputMode="numeric"
              autoComplete="off"
              size={4}
              value={days}
              onChange={(e) => {
                setDays(e.target.value)
                setSaved(null)
              }}
            />
          )}
        </FormField>
        <SubmitButton busy={update.isPending} label={t('settings.save')} busyLabel={t('settings.saving')} />
      </form>
    </section>
  )
}
