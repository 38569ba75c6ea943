import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import { NarrativeInput } from '#shared/contracts/indicators'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import {
  FormAlert,
  StatusMessage,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { useWriteNarrative } from '../api/write-narrative.ts'
import { quarterText } from '../csv.ts'

const fieldIds: Record<string, string> = {
  quarter: 'indicators-quarter',
  title: 'narrative-title',
  text: 'narrative-text',
}

/**
 * "Schrijf een vertelpunt": a title and a story for the chosen quarter. A story is about practice, not about a
 * case: the form says so before anything is typed, and again at the field.
 */
export function NarrativeForm({ quarter }: { quarter: string }) {
  const { t } = useTranslation()
  const write = useWriteNarrative()
  const errors = useFormErrors()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [saved, setSaved] = useState(false)
  const fieldLabels = {
    quarter: t('indicators.quarterLabel'),
    title: t('indicators.titleLabel'),
    text: t('indicators.textLabel'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (write.isPending) return
    setSaved(false)
    const checked = validate(NarrativeInput, { quarter, title, text })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    write.mutate(checked.data, {
      onSuccess: () => {
        setTitle('')
        setText('')
        setSaved(true)
      },
      onError: errors.showError,
    })
  }

  return (
    <section className="naast-stack" aria-labelledby="vertelpunt-schrijven">
      <Heading level={3} id="vertelpunt-schrijven">
        {t('indicators.formTitle', { quarter: quarterText(quarter, currentLanguage(), 'long') })}
      </Heading>
      {saved && (
        <StatusMessage heading={t('indicators.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <form onSubmit={onSubmit} noValidate className="naast-form naast-card naast-readable">
        <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={fieldLabels} headingLevel={4} />
        <Paragraph className="naast-narrative__no-names">{t('indicators.noNames')}</Paragraph>
        <TextInputField
          id={fieldIds.title!}
          label={t('indicators.titleLabel')}
          error={errors.fieldErrors.title}
          value={title}
          onChange={setTitle}
        />
        <TextAreaField
          id={fieldIds.text!}
          label={t('indicators.textLabel')}
          description={t('indicators.textHint')}
          error={errors.fieldErrors.text}
          rows={6}
          value={text}
          onChange={setText}
        />
        <SubmitButton
          busy={write.isPending}
          label={t('indicators.submit')}
          busyLabel={t('indicators.saving')}
        />
      </form>
    </section>
  )
}
