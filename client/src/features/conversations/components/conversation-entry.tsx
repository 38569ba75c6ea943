import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Badge,
  Button,
  DescriptionList,
  Heading,
  Paragraph,
  Row,
  TextArea,
} from '@amsterdam/design-system-react'
import {
  AddendumInput,
  type Conversation,
  type CorrectConversationInput,
  type LifeDomain,
} from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDateTime } from '#shared/domain/dates'
import { useFormErrors, validate } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { useAddAddendum } from '../api/add-addendum.ts'
import { useCorrectConversation } from '../api/correct-conversation.ts'
import { useConversationVersions } from '../api/list-conversation-versions.ts'
import {
  checkDraft,
  ConversationFields,
  draftOf,
  fieldIdsFor,
  useFieldLabels,
  type ConversationDraft,
} from './conversation-fields.tsx'

/** The id of an entry on the household page; search results link to it. */
export const entryAnchor = (conversationId: number) => `gesprek-${conversationId}`

type Mode = 'read' | 'correct' | 'addendum'

type ConversationEntryProps = {
  conversation: Conversation
  household: HouseholdDetail
  domains: LifeDomain[]
  myId: number | undefined
  /** The time on the clock, refreshed every minute, so "Verbeteren" gives way to "Aanvulling toevoegen". */
  now: number
}

/**
 * One entry: when, what kind, who wrote it, who took part, the text with its line breaks, and the addenda. The
 * author corrects it for 24 hours ("Verbeteren"); after that it is fixed and anyone on the case adds to it.
 */
export function ConversationEntry({ conversation, household, domains, myId, now }: ConversationEntryProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const [mode, setMode] = useState<Mode>('read')
  const [done, setDone] = useState<string | null>(null)
  const [showVersions, setShowVersions] = useState(false)
  const actionRef = useRef<HTMLButtonElement>(null)
  const anchor = entryAnchor(conversation.id)
  // If the window closes while the form is open, the server answers 409 and says an addendum is the way.
  const correctable = conversation.author.id === myId && now < Date.parse(conversation.correctableUntil)
  const title = t('conversations.entryTitle', {
    kind: t(`conversations.kinds.${conversation.kind}`),
    date: formatDateTime(conversation.occurredAt, language),
  })

  function finish(message: string | null) {
    setMode('read')
    setDone(message)
    if (!message) window.setTimeout(() => actionRef.current?.focus(), 0)
  }

  return (
    <article
      id={anchor}
      tabIndex={-1}
      aria-labelledby={`${anchor}-title`}
      className="naast-card naast-conversation"
    >
      <Heading level={4} id={`${anchor}-title`}>
        {title}
      </Heading>
      <Paragraph size="small" className="naast-secondary">
        {t('conversations.author')}: {conversation.author.name}
        {conversation.editedAt &&
          ` · ${t('conversations.editedOn', { date: formatDateTime(conversation.editedAt, language) })}`}
      </Paragraph>
      {conversation.thirdPartyInfo && <Badge color="azure" label={t('conversations.thirdPartyMark')} />}

      {mode === 'correct' ? (
        <CorrectForm
          conversation={conversation}
          household={household}
          domains={domains}
          onDone={() => finish(t('conversations.corrected'))}
          onCancel={() => finish(null)}
        />
      ) : (
        <Paragraph className="naast-conversation__text">{conversation.text}</Paragraph>
      )}

      {(conversation.participants.length > 0 || conversation.domains.length > 0) && (
        <DescriptionList termsWidth="narrow" className="naast-conversation__facts">
          {conversation.participants.length > 0 && (
            <>
              <DescriptionList.Term>{t('conversations.participantsTerm')}</DescriptionList.Term>
              <DescriptionList.Description>
                {conversation.participants.map((p) => p.name).join(', ')}
              </DescriptionList.Description>
            </>
          )}
          {conversation.domains.length > 0 && (
            <>
              <DescriptionList.Term>{t('conversations.domainsTerm')}</DescriptionList.Term>
              <DescriptionList.Description>
                {conversation.domains.map((d) => d.name).join(', ')}
              </DescriptionList.Description>
            </>
          )}
        </DescriptionList>
      )}

      {conversation.addenda.length > 0 && (
        <div className="naast-conversation__addenda">
          <Paragraph>
            <strong>{t('conversations.addendaTitle')}</strong>
          </Paragraph>
          <ul className="naast-card-list">
            {conversation.addenda.map((addendum) => (
              <li key={addendum.id} className="naast-conversation__addendum">
                <Paragraph size="small" className="naast-secondary">
                  {t('conversations.addendumBy', {
                    name: addendum.author,
                    date: formatDateTime(addendum.createdAt, language),
                  })}
                </Paragraph>
                <Paragraph className="naast-conversation__text">{addendum.text}</Paragraph>
              </li>
            ))}
          </ul>
        </div>
      )}

      {done && <DoneMessage key={done + conversation.version} message={done} onClose={() => setDone(null)} />}

      {mode === 'addendum' && (
        <AddendumForm
          householdId={household.id}
          conversationId={conversation.id}
          onDone={() => finish(t('conversations.addendumSaved'))}
          onCancel={() => finish(null)}
        />
      )}

      {mode === 'read' && (
        <Row gap="small" wrap alignVertical="center">
          {correctable ? (
            <>
              <Button ref={actionRef} variant="secondary" onClick={() => setMode('correct')}>
                {t('conversations.correct')}
                <span className="ams-visually-hidden">: {title}</span>
              </Button>
              <Paragraph size="small" className="naast-secondary">
                {t('conversations.correctUntil', {
                  date: formatDateTime(conversation.correctableUntil, language),
                })}
              </Paragraph>
            </>
          ) : (
            <Button ref={actionRef} variant="secondary" onClick={() => setMode('addendum')}>
              {t('conversations.addAddendum')}
              <span className="ams-visually-hidden">: {title}</span>
            </Button>
          )}
          {conversation.version > 1 && (
            <Button
              variant="tertiary"
              aria-expanded={showVersions}
              aria-controls={`${anchor}-versions`}
              onClick={() => setShowVersions((shown) => !shown)}
            >
              {showVersions ? t('conversations.hideVersions') : t('conversations.showVersions')}
              <span className="ams-visually-hidden">: {title}</span>
            </Button>
          )}
        </Row>
      )}
      {conversation.version > 1 && (
        <div id={`${anchor}-versions`} className="naast-conversation__versions">
          {showVersions && <Versions householdId={household.id} conversationId={conversation.id} />}
        </div>
      )}
    </article>
  )
}

function DoneMessage({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLParagraphElement>()
  return (
    <Row gap="small" wrap alignVertical="center">
      <Paragraph
        ref={ref}
        tabIndex={-1}
        role="status"
        className="naast-focus-target naast-conversation__done"
      >
        {message}
      </Paragraph>
      <Button variant="tertiary" onClick={onClose}>
        {t('app.close')}
      </Button>
    </Row>
  )
}

function CorrectForm({
  conversation,
  household,
  domains,
  onDone,
  onCancel,
}: {
  conversation: Conversation
  household: HouseholdDetail
  domains: LifeDomain[]
  onDone: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const correct = useCorrectConversation(household.id, conversation.id)
  const errors = useFormErrors()
  const fieldLabels = useFieldLabels()
  const formRef = useRef<HTMLFormElement>(null)
  const textRef = useFocusOnMount<HTMLTextAreaElement>()
  const [original] = useState(() => draftOf(conversation))
  const [draft, setDraft] = useState<ConversationDraft>(original)
  const prefix = `conversation-${conversation.id}-correct`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (correct.isPending) return
    const checked = checkDraft(draft, t)
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    // Only what changed is sent: people who have since left the network stay on the entry untouched.
    const { input } = checked
    const changes: CorrectConversationInput = {
      kind: input.kind,
      text: input.text,
      occurredAt: input.occurredAt,
      thirdPartyInfo: input.thirdPartyInfo,
      ...(sameSet(draft.participants, original.participants) ? {} : { participants: input.participants }),
      ...(sameSet(draft.domainIds, original.domainIds) ? {} : { domainIds: input.domainIds }),
    }
    correct.mutate(changes, { onSuccess: onDone, onError: errors.showError })
  }

  return (
    <div className="naast-stack naast-subform">
      <Heading level={4} id={`${prefix}-title`} size="level-5">
        {t('conversations.correctTitle')}
      </Heading>
      <FormAlert
        {...errors}
        fieldIds={fieldIdsFor(prefix)}
        fieldLabels={fieldLabels}
        headingLevel={4}
        formErrorTitle={t('conversations.correctFailed')}
      />
      <form
        ref={formRef}
        onSubmit={onSubmit}
        noValidate
        className="naast-form naast-readable"
        aria-labelledby={`${prefix}-title`}
      >
        <ConversationFields
          prefix={prefix}
          draft={draft}
          onChange={setDraft}
          fieldErrors={errors.fieldErrors}
          household={household}
          domains={domains}
          textRef={textRef}
          onSubmitShortcut={() => formRef.current?.requestSubmit()}
          kindControl="select"
        />
        <Row gap="small" wrap>
          <SubmitButton
            busy={correct.isPending}
            label={t('conversations.saveCorrection')}
            busyLabel={t('conversations.savingCorrection')}
          />
          <Button variant="secondary" onClick={onCancel}>
            {t('conversations.cancel')}
          </Button>
        </Row>
      </form>
    </div>
  )
}

function sameSet<T>(a: T[], b: T[]) {
  return a.length === b.length && a.every((item) => b.includes(item))
}

function AddendumForm({
  householdId,
  conversationId,
  onDone,
  onCancel,
}: {
  householdId: number
  conversationId: number
  onDone: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const add = useAddAddendum(householdId, conversationId)
  const errors = useFormErrors()
  const textRef = useFocusOnMount<HTMLTextAreaElement>()
  const [text, setText] = useState('')
  const id = `conversation-${conversationId}-addendum`

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (add.isPending) return
    const checked = validate(AddendumInput, { text })
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    add.mutate(checked.data.text, { onSuccess: onDone, onError: errors.showError })
  }

  return (
    <div className="naast-stack naast-subform">
      <FormAlert
        {...errors}
        fieldIds={{ text: id }}
        headingLevel={4}
        formErrorTitle={t('conversations.addendumFailed')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
        <FormField
          id={id}
          label={t('conversations.addendum')}
          description={t('conversations.addendumHint')}
          error={errors.fieldErrors.text}
        >
          {(control) => (
            <TextArea
              {...control}
              ref={textRef}
              rows={3}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </FormField>
        <Row gap="small" wrap>
          <SubmitButton
            busy={add.isPending}
            label={t('conversations.saveAddendum')}
            busyLabel={t('conversations.savingAddendum')}
          />
          <Button variant="secondary" onClick={onCancel}>
            {t('conversations.cancel')}
          </Button>
        </Row>
      </form>
    </div>
  )
}

function Versions({ householdId, conversationId }: { householdId: number; conversationId: number }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const versions = useConversationVersions(householdId, conversationId)
  return (
    <section className="naast-stack" aria-labelledby={`gesprek-${conversationId}-versions-title`}>
      <Paragraph id={`gesprek-${conversationId}-versions-title`}>
        <strong>{t('conversations.versionsTitle')}</strong>
      </Paragraph>
      <QueryResult query={versions} errorHeadingLevel={3}>
        {(list) => (
          <ol className="naast-card-list">
            {[...list]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <li key={v.version} className="naast-conversation__addendum">
                  <Paragraph size="small" className="naast-secondary">
                    {t('conversations.version', {
                      version: v.version,
                      kind: t(`conversations.kinds.${v.kind}`),
                      date: formatDateTime(v.occurredAt, language),
                    })}
                    {' · '}
                    {t('conversations.versionReplaced', { date: formatDateTime(v.replacedAt, language) })}
                  </Paragraph>
                  <Paragraph className="naast-conversation__text">{v.text}</Paragraph>
                </li>
              ))}
          </ol>
        )}
      </QueryResult>
    </section>
  )
}
