import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button, Heading, Paragraph } from '@amsterdam/design-system-react'
import { TagThemeInput, type CaseTheme } from '#shared/contracts/themes'
import { formatDate } from '#shared/domain/dates'
import { errorText } from '../../../lib/api.ts'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, SubmitButton, TextInputField } from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { QueryResult } from '../../../components/query-states.tsx'
import { useRecurringThemes } from '../api/get-recurring-themes.ts'
import { useCaseThemes } from '../api/list-case-themes.ts'
import { useTagCaseTheme } from '../api/tag-case-theme.ts'
import { useUntagCaseTheme } from '../api/untag-case-theme.ts'
import './themes.css'

type Message = { heading: string; count: number }

/**
 * "Terugkerende thema's" on the household page (route steps 1–2): the themes this case is linked to, each with a
 * button to unlink it, and a form to link another, suggesting the team's themes so one wording is reused.
 */
export function CaseThemesSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const themes = useCaseThemes(householdId)
  return (
    <section className="naast-stack" aria-labelledby="household-themes">
      <Heading level={2} id="household-themes">
        {t('themes.caseSection.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('themes.caseSection.intro')}</Paragraph>
      <QueryResult query={themes} errorHeadingLevel={3}>
        {(list) => <CaseThemes householdId={householdId} themes={list} />}
      </QueryResult>
    </section>
  )
}

function CaseThemes({ householdId, themes }: { householdId: number; themes: CaseTheme[] }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const untag = useUntagCaseTheme(householdId)
  // One confirmation at a time: after an unlink its button is gone, so the message takes focus.
  const [message, setMessage] = useState<Message | null>(null)
  const show = (heading: string) => setMessage((previous) => ({ heading, count: (previous?.count ?? 0) + 1 }))

  function remove(theme: CaseTheme) {
    if (untag.isPending) return
    setMessage(null)
    untag.mutate(theme.id, {
      onSuccess: () => show(t('themes.caseSection.untagged', { name: theme.name })),
    })
  }

  return (
    <>
      {message && (
        <FocusedStatus key={message.count} heading={message.heading} onClose={() => setMessage(null)} />
      )}
      {untag.isError && (
        <Alert heading={t('errorPage.title')} headingLevel={3} severity="error" role="alert">
          <Paragraph>{errorText(untag.error, t)}</Paragraph>
        </Alert>
      )}
      {themes.length === 0 ? (
        <Paragraph>{t('themes.caseSection.empty')}</Paragraph>
      ) : (
        <ul
          className="naast-card-list naast-case-themes naast-readable"
          aria-label={t('themes.caseSection.listLabel')}
        >
          {themes.map((theme) => {
            const removing = untag.isPending && untag.variables === theme.id
            return (
              <li key={theme.id} className="naast-card naast-case-theme">
                <span>
                  <span className="naast-case-theme__name naast-line">{theme.name}</span>
                  <span className="naast-secondary">
                    {t('themes.caseSection.taggedBy', {
                      name: theme.taggedBy,
                      date: formatDate(theme.taggedAt, language),
                    })}
                  </span>
                </span>
                <Button
                  variant="secondary"
                  aria-disabled={removing || undefined}
                  onClick={() => remove(theme)}
                >
                  {removing ? t('themes.caseSection.removing') : t('themes.caseSection.remove')}
                  <span className="ams-visually-hidden">: {theme.name}</span>
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      <TagThemeForm
        householdId={householdId}
        taken={themes.map((theme) => theme.name)}
        onStart={() => setMessage(null)}
        onTagged={(name) => show(t('themes.caseSection.tagged', { name }))}
      />
    </>
  )
}

const nameId = 'case-theme-name'
const fieldIds = { name: nameId }

function TagThemeForm({
  householdId,
  taken,
  onStart,
  onTagged,
}: {
  householdId: number
  /** Themes on the case already: not suggested again. */
  taken: string[]
  onStart: () => void
  onTagged: (name: string) => void
}) {
  const { t } = useTranslation()
  const tag = useTagCaseTheme(householdId)
  const recurring = useRecurringThemes()
  const errors = useFormErrors()
  const [name, setName] = useState('')
  const takenKeys = new Set(taken.map((n) => n.toLocaleLowerCase('nl')))
  const suggestions = (recurring.data?.themes ?? [])
    .map((theme) => theme.name)
    .filter((n) => !takenKeys.has(n.toLocaleLowerCase('nl')))

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (tag.isPending) return
    onStart()
    const checked = validate(TagThemeInput, { name })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    tag.mutate(checked.data, {
      onSuccess: (theme) => {
        setName('')
        onTagged(theme.name)
      },
      onError: errors.showError,
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={{ name: t('themes.caseSection.nameLabel') }}
        headingLevel={3}
      />
      <TextInputField
        id={nameId}
        label={t('themes.caseSection.nameLabel')}
        description={t('themes.caseSection.nameHint')}
        error={errors.fieldErrors.name}
        suggestions={suggestions}
        value={name}
        onChange={setName}
      />
      <SubmitButton
        busy={tag.isPending}
        label={t('themes.caseSection.submit')}
        busyLabel={t('themes.caseSection.saving')}
      />
    </form>
  )
}
