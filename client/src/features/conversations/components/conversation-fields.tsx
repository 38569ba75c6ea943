import { useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Checkbox, DateInput, Paragraph, Radio, Select, TextArea } from '@amsterdam/design-system-react'
import {
  ConversationKind,
  LogConversationInput,
  type Conversation,
  type LifeDomain,
  type Participant,
} from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import { fromDateTimeInput, toDateTimeInput } from '../../../lib/date-time-input.ts'
import { validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { today } from '../../../lib/today.ts'
import { FormField, FormFieldSet } from '../../../components/form.tsx'

/** What the form holds while the worker types; participants as "member:12" so checkboxes compare easily. */
export type ConversationDraft = {
  kind: ConversationKind | ''
  text: string
  occurredAt: string
  participants: string[]
  domainIds: number[]
  thirdPartyInfo: boolean
}

export function emptyDraft(kind: ConversationKind): ConversationDraft {
  return {
    kind,
    text: '',
    occurredAt: toDateTimeInput(),
    participants: [],
    domainIds: [],
    thirdPartyInfo: false,
  }
}

export function draftOf(conversation: Conversation): ConversationDraft {
  return {
    kind: conversation.kind,
    text: conversation.text,
    occurredAt: toDateTimeInput(conversation.occurredAt),
    participants: conversation.participants.map(participantKey),
    domainIds: conversation.domains.map((domain) => domain.id),
    thirdPartyInfo: conversation.thirdPartyInfo,
  }
}

const participantKey = (p: Pick<Participant, 'kind' | 'refId'>) => `${p.kind}:${p.refId}`

function participantOf(key: string): Participant {
  const [kind, refId] = key.split(':')
  return { kind: kind as Participant['kind'], refId: Number(refId) }
}

/**
 * Checks the draft with the server's own schema plus the one rule it applies on top (not after today), and
 * returns the request body. The field names are the contract's, so server errors land on the same fields.
 */
export function checkDraft(
  draft: ConversationDraft,
  t: (key: 'errors.required' | 'errors.dateInFuture' | 'errors.chooseOption') => string,
): { ok: true; input: LogConversationInput } | { ok: false; fieldErrors: FieldErrors } {
  const occurredAt = fromDateTimeInput(draft.occurredAt)
  const checked = validate(LogConversationInput, {
    kind: draft.kind || undefined,
    text: draft.text,
    occurredAt,
    participants: draft.participants.map(participantOf),
    domainIds: draft.domainIds,
    thirdPartyInfo: draft.thirdPartyInfo,
  })
  const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors }
  if (fieldErrors.kind) fieldErrors.kind = t('errors.chooseOption')
  if (!occurredAt) fieldErrors.occurredAt = t('errors.required')
  else if (draft.occurredAt.slice(0, 10) > today()) fieldErrors.occurredAt = t('errors.dateInFuture')
  if (!checked.ok || Object.keys(fieldErrors).length > 0) {
    // The summary follows the order of the form.
    const ordered = Object.fromEntries(
      fieldOrder.filter((key) => fieldErrors[key]).map((key) => [key, fieldErrors[key]!]),
    )
    return { ok: false, fieldErrors: { ...ordered, ...fieldErrors } }
  }
  return { ok: true, input: checked.data }
}

const fieldOrder = ['kind', 'text', 'occurredAt', 'participants', 'domainIds', 'thirdPartyInfo']

export function fieldIdsFor(prefix: string): Record<string, string> {
  return {
    kind: `${prefix}-kind`,
    text: `${prefix}-text`,
    occurredAt: `${prefix}-occurred-at`,
    participants: `${prefix}-participants`,
    domainIds: `${prefix}-domains`,
    thirdPartyInfo: `${prefix}-third-party`,
  }
}

/** The names of the fields in the error summary ("Wat is er besproken? Vul dit veld in."). */
export function useFieldLabels(): Record<string, string> {
  const { t } = useTranslation()
  return {
    kind: t('conversations.kind'),
    text: t('conversations.text'),
    occurredAt: t('conversations.occurredAt'),
    participants: t('conversations.participants'),
    domainIds: t('conversations.domains'),
    thirdPartyInfo: t('conversations.thirdParty'),
  }
}

type ConversationFieldsProps = {
  prefix: string
  draft: ConversationDraft
  onChange: (draft: ConversationDraft) => void
  fieldErrors: FieldErrors
  household: HouseholdDetail
  domains: LifeDomain[]
  textRef?: RefObject<HTMLTextAreaElement | null>
  /** Ctrl+Enter (or ⌘+Enter) in the text sends the form: three conversations in a row without leaving the keyboard. */
  onSubmitShortcut: () => void
  /** Radios in the quick-add form (one keystroke each); a compact select when correcting inside an entry. */
  kindControl: 'radio' | 'select'
}

/** The fields of a conversation, shared by "Gesprek vastleggen" and "Verbeteren". */
export function ConversationFields({
  prefix,
  draft,
  onChange,
  fieldErrors,
  household,
  domains,
  textRef,
  onSubmitShortcut,
  kindControl,
}: ConversationFieldsProps) {
  const { t } = useTranslation()
  const ids = fieldIdsFor(prefix)
  const set = <K extends keyof ConversationDraft>(key: K, value: ConversationDraft[K]) =>
    onChange({ ...draft, [key]: value })

  function onTextKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      onSubmitShortcut()
    }
  }

  return (
    <>
      {kindControl === 'radio' ? (
        <FormFieldSet
          id={ids.kind!}
          kind="radio"
          legend={t('conversations.kind')}
          error={fieldErrors.kind}
          className="naast-fieldset--row"
        >
          {(group) =>
            ConversationKind.options.map((kind) => (
              <Radio
                key={kind}
                name={`${prefix}-kind`}
                value={kind}
                invalid={group.invalid}
                checked={draft.kind === kind}
                onChange={() => set('kind', kind)}
              >
                {t(`conversations.kinds.${kind}`)}
              </Radio>
            ))
          }
        </FormFieldSet>
      ) : (
        <FormField id={ids.kind!} label={t('conversations.kind')} error={fieldErrors.kind}>
          {(control) => (
            <Select
              {...control}
              value={draft.kind}
              onChange={(event) => set('kind', event.target.value as ConversationKind)}
            >
              {ConversationKind.options.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(`conversations.kinds.${kind}`)}
                </Select.Option>
              ))}
            </Select>
          )}
        </FormField>
      )}
      <FormField
        id={ids.text!}
        label={t('conversations.text')}
        description={t('conversations.textHint')}
        error={fieldErrors.text}
      >
        {(control) => (
          <TextArea
            {...control}
            ref={textRef}
            rows={5}
            value={draft.text}
            onChange={(event) => set('text', event.target.value)}
            onKeyDown={onTextKeyDown}
            className="naast-conversation-form__text"
          />
        )}
      </FormField>
      <FormField
        id={ids.occurredAt!}
        label={t('conversations.occurredAt')}
        description={t('conversations.occurredAtHint')}
        error={fieldErrors.occurredAt}
      >
        {(control) => (
          <DateInput
            {...control}
            type="datetime-local"
            max={`${today()}T23:59`}
            value={draft.occurredAt}
            onChange={(event) => set('occurredAt', event.target.value)}
          />
        )}
      </FormField>
      <MoreDetails
        prefix={prefix}
        draft={draft}
        onChange={onChange}
        fieldErrors={fieldErrors}
        household={household}
        domains={domains}
      />
    </>
  )
}

/**
 * Who took part, the life domains and the third-party mark: optional, so folded away until needed. It opens by
 * itself when something in it is chosen or wrong, so nothing hidden is ever sent unseen.
 */
function MoreDetails({
  prefix,
  draft,
  onChange,
  fieldErrors,
  household,
  domains,
}: Omit<ConversationFieldsProps, 'textRef' | 'onSubmitShortcut' | 'kindControl'>) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const ids = fieldIdsFor(prefix)
  const chosen = draft.participants.length + draft.domainIds.length + (draft.thirdPartyInfo ? 1 : 0)
  const hasError = Boolean(fieldErrors.participants || fieldErrors.domainIds || fieldErrors.thirdPartyInfo)
  const [open, setOpen] = useState(chosen > 0)

  const toggleParticipant = (key: string, on: boolean) =>
    onChange({
      ...draft,
      participants: on ? [...draft.participants, key] : draft.participants.filter((other) => other !== key),
    })
  const toggleDomain = (id: number, on: boolean) =>
    onChange({
      ...draft,
      domainIds: on ? [...draft.domainIds, id] : draft.domainIds.filter((other) => other !== id),
    })

  const groups = [
    {
      kind: 'member' as const,
      legend: t('conversations.members'),
      people: household.members.map((m) => ({ id: m.id, label: `${m.givenName} ${m.familyName}` })),
    },
    {
      kind: 'network' as const,
      legend: t('conversations.network'),
      people: household.network.map((n) => ({
        id: n.id,
        label: t('conversations.networkPerson', { name: n.name, relation: n.relation }),
      })),
    },
    {
      kind: 'professional' as const,
      legend: t('conversations.professionals'),
      people: household.professionals.map((p) => ({
        id: p.id,
        label: t('conversations.professional', { name: p.contactPerson, organisation: p.organisation.name }),
      })),
    },
  ].filter((group) => group.people.length > 0)

  return (
    <details
      className="naast-details"
      open={open || hasError}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('conversations.more')}
        {chosen > 0 && ` ${t('conversations.moreChosen', { count: chosen })}`}
      </summary>
      <div className="naast-details__body naast-form">
        {groups.length > 0 && (
          <FormFieldSet
            id={ids.participants!}
            kind="group"
            legend={t('conversations.participants')}
            error={fieldErrors.participants}
            requirement="optional"
          >
            {() => (
              <div className="naast-conversation-form__people">
                {groups.map((group) => (
                  <FormFieldSet
                    key={group.kind}
                    id={`${prefix}-participants-${group.kind}`}
                    kind="checkbox"
                    legend={group.legend}
                    requirement="none"
                    inFieldSet
                  >
                    {() =>
                      group.people.map((person) => {
                        const key = `${group.kind}:${person.id}`
                        return (
                          <Checkbox
                            key={key}
                            checked={draft.participants.includes(key)}
                            onChange={(event) => toggleParticipant(key, event.target.checked)}
                          >
                            {person.label}
                          </Checkbox>
                        )
                      })
                    }
                  </FormFieldSet>
                ))}
              </div>
            )}
          </FormFieldSet>
        )}
        <FormFieldSet
          id={ids.domainIds!}
          kind="checkbox"
          legend={t('conversations.domains')}
          error={fieldErrors.domainIds}
          requirement="optional"
          className="naast-fieldset--columns"
        >
          {(group) =>
            domains.map((domain) => (
              <Checkbox
                key={domain.id}
                invalid={group.invalid}
                checked={draft.domainIds.includes(domain.id)}
                onChange={(event) => toggleDomain(domain.id, event.target.checked)}
              >
                {domainName(domain, language)}
              </Checkbox>
            ))
          }
        </FormFieldSet>
        <div className="naast-field">
          <Checkbox
            id={ids.thirdPartyInfo}
            aria-describedby={`${ids.thirdPartyInfo}-description`}
            checked={draft.thirdPartyInfo}
            onChange={(event) => onChange({ ...draft, thirdPartyInfo: event.target.checked })}
          >
            {t('conversations.thirdParty')}
          </Checkbox>
          <Paragraph id={`${ids.thirdPartyInfo}-description`} size="small" className="naast-checkbox-hint">
            {t('conversations.thirdPartyHint')}
          </Paragraph>
        </div>
      </div>
    </details>
  )
}
