import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Checkbox, Heading, Paragraph, TextInput } from '@amsterdam/design-system-react'
import type { Member } from '#shared/contracts/households'
import type { AuthorityInput } from '#shared/contracts/members'
import { useFormErrors, type FieldErrors } from '../../../lib/form-errors.ts'
import { FormAlert, FormField, FormFieldSet, StatusMessage, SubmitButton } from '../../../components/form.tsx'
import { useSetAuthority } from '../api/set-authority.ts'

const adultAge = 18
/** The law knows at most two holders of parental authority; the API says the same. */
const maxHolders = 2

type External = { key: number; name: string; contact: string; recorded: boolean }

/**
 * Who holds parental authority (gezag) over a minor: adults of this household, and/or people outside it (a
 * parent living elsewhere, a guardian). Saving replaces what was recorded.
 */
export function AuthorityForm({
  householdId,
  child,
  members,
}: {
  householdId: number
  child: Member
  members: Member[]
}) {
  const { t } = useTranslation()
  const setAuthority = useSetAuthority(householdId, child.id)
  const errors = useFormErrors()
  const adults = members.filter((m) => m.id !== child.id && m.age !== null && m.age >= adultAge)
  const [holderIds, setHolderIds] = useState(() =>
    child.authorityHolders.flatMap((h) =>
      h.personId !== null && adults.some((adult) => adult.id === h.personId) ? [h.personId] : [],
    ),
  )
  // Rows keep their key while others are removed; recorded ones are numbered first, new ones count on.
  const nextKey = useRef(child.authorityHolders.length)
  const [externals, setExternals] = useState<External[]>(() =>
    child.authorityHolders
      .filter((h) => h.personId === null)
      .map((h, index) => ({ key: index, name: h.name, contact: '', recorded: true })),
  )
  const [saved, setSaved] = useState(false)
  const id = (field: string) => `member-${child.id}-${field}`
  const name = `${child.givenName} ${child.familyName}`
  const holdersId = id('authority')
  const fieldIds: Record<string, string> = { holders: holdersId }
  const fieldLabels: Record<string, string> = {}
  externals.forEach((external, index) => {
    fieldIds[`external.${index}`] = id(`external-${external.key}-name`)
    fieldLabels[`external.${index}`] =
      `${t('people.externalLegend', { number: index + 1 })} – ${t('people.externalName')}`
  })
  const total = holderIds.length + externals.length

  function changeExternal(key: number, change: Partial<External>) {
    setExternals((previous) => previous.map((e) => (e.key === key ? { ...e, ...change } : e)))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (setAuthority.isPending) return
    setSaved(false)
    const problems: FieldErrors = {}
    if (total > maxHolders) problems.holders = t('people.tooManyHolders')
    externals.forEach((external, index) => {
      if (!external.name.trim()) problems[`external.${index}`] = t('errors.required')
      else if (external.name.trim().length > 120 || external.contact.trim().length > 120)
        problems[`external.${index}`] = t('errors.tooLong')
    })
    if (Object.keys(problems).length) return errors.showFieldErrors(problems)
    errors.clear()
    const input: AuthorityInput = {
      holders: [
        ...holderIds.map((personId) => ({ personId })),
        ...externals.map((e) => ({ name: e.name.trim(), contact: e.contact.trim() || undefined })),
      ],
    }
    setAuthority.mutate(input, {
      onSuccess: () => {
        setSaved(true)
        // The contact is now recorded as typed: no need to ask for it again.
        setExternals((previous) => previous.map((e) => ({ ...e, recorded: false })))
      },
      onError: errors.showError,
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="naast-form naast-card"
      aria-labelledby={id('authority-title')}
    >
      <Heading level={3} id={id('authority-title')}>
        {t('people.authorityTitle', { name })}
      </Heading>
      {saved && (
        <StatusMessage heading={t('people.saved')} headingLevel={4} onClose={() => setSaved(false)} />
      )}
      <FormAlert {...errors} fieldIds={fieldIds} fieldLabels={fieldLabels} headingLevel={4} />
      <FormFieldSet
        id={holdersId}
        kind="checkbox"
        requirement="optional"
        legend={t('people.authorityLegend', { name: child.givenName })}
        description={t('people.authorityHint')}
        error={errors.fieldErrors.holders}
      >
        {(group) => (
          <>
            {adults.length === 0 ? (
              <Paragraph size="small">{t('people.authorityNoAdults')}</Paragraph>
            ) : (
              adults.map((adult) => (
                <Checkbox
                  key={adult.id}
                  id={id(`holder-${adult.id}`)}
                  invalid={group.invalid}
                  checked={holderIds.includes(adult.id)}
                  onChange={(e) =>
                    setHolderIds((previous) =>
                      e.target.checked ? [...previous, adult.id] : previous.filter((h) => h !== adult.id),
                    )
                  }
                >
                  {`${adult.givenName} ${adult.familyName} (${t(`relations.${adult.relation}`)})`}
                </Checkbox>
              ))
            )}
          </>
        )}
      </FormFieldSet>
      {externals.map((external, index) => (
        <FormFieldSet
          key={external.key}
          id={id(`external-${external.key}`)}
          kind="group"
          requirement="none"
          legend={t('people.externalLegend', { number: index + 1 })}
          className="naast-subform"
        >
          {() => (
            <div className="naast-form">
              <div className="naast-field-row">
                <FormField
                  id={id(`external-${external.key}-name`)}
                  label={t('people.externalName')}
                  error={errors.fieldErrors[`external.${index}`]}
                >
                  {(control) => (
                    <TextInput
                      {...control}
                      autoComplete="off"
                      value={external.name}
                      onChange={(e) => changeExternal(external.key, { name: e.target.value })}
                    />
                  )}
                </FormField>
                <FormField
                  id={id(`external-${external.key}-contact`)}
                  label={t('people.externalContact')}
                  description={external.recorded ? t('people.externalContactAgain') : undefined}
                  requirement="optional"
                >
                  {(control) => (
                    <TextInput
                      {...control}
                      autoComplete="off"
                      value={external.contact}
                      onChange={(e) => changeExternal(external.key, { contact: e.target.value })}
                    />
                  )}
                </FormField>
              </div>
              <div>
                <Button
                  variant="tertiary"
                  onClick={() => setExternals((previous) => previous.filter((e) => e.key !== external.key))}
                >
                  {t('people.removeExternal')}
                  <span className="ams-visually-hidden">
                    : {external.name.trim() || t('people.externalLegend', { number: index + 1 })}
                  </span>
                </Button>
              </div>
            </div>
          )}
        </FormFieldSet>
      ))}
      {total < maxHolders && (
        <Button
          variant="secondary"
          onClick={() =>
            setExternals((previous) => [
              ...previous,
              { key: nextKey.current++, name: '', contact: '', recorded: false },
            ])
          }
        >
          {t('people.addExternal')}
        </Button>
      )}
      <SubmitButton
        busy={setAuthority.isPending}
        label={t('people.saveAuthority')}
        busyLabel={t('people.saving')}
      />
    </form>
  )
}
