import { useRef, useState, type FormEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Heading, Paragraph, Row } from '@amsterdam/design-system-react'
import { ConversationKind, type LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDateTime } from '#shared/domain/dates'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, SubmitButton } from '../../../components/form.tsx'
import { useLogConversation } from '../api/log-conversation.ts'
import {
  checkDraft,
  ConversationFields,
  emptyDraft,
  fieldIdsFor,
  useFieldLabels,
  type ConversationDraft,
} from './conversation-fields.tsx'

const prefix = 'conversation-new'
const fieldIds = fieldIdsFor(prefix)
const lastKindKey = 'naast.lastConversationKind'

/** Most contacts are of the kind the worker logged last; a home visit when there is none yet. */
function lastKind(): ConversationKind {
  try {
    const stored = ConversationKind.safeParse(localStorage.getItem(lastKindKey))
    return stored.success ? stored.data : 'home_visit'
  } catch {
    return 'home_visit'
  }
}

function rememberKind(kind: ConversationKind) {
  try {
    localStorage.setItem(lastKindKey, kind)
  } catch {
    // Not remembered on this device; the next form starts at a home visit.
  }
}

type QuickAddFormProps = {
  household: HouseholdDetail
  domains: LifeDomain[]
  textRef: RefObject<HTMLTextAreaElement | null>
  onClose: () => void
}

/**
 * "Gesprek vastleggen" in seconds: the kind (last used), the text and the time (now) are all that is required.
 * After saving the form empties and the cursor is back in the text, so the next conversation follows at once.
 */
export function QuickAddForm({ household, domains, textRef, onClose }: QuickAddFormProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const log = useLogConversation(household.id)
  const errors = useFormErrors()
  const fieldLabels = useFieldLabels()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<ConversationDraft>(() => emptyDraft(lastKind()))
  const [saved, setSaved] = useState('')

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (log.isPending) return
    setSaved('')
    const checked = checkDraft(draft, t)
    if (!checked.ok) return errors.showFieldErrors(checked.fieldErrors)
    errors.clear()
    log.mutate(checked.input, {
      onSuccess: (conversation) => {
        rememberKind(conversation.kind)
        setDraft(emptyDraft(conversation.kind))
        // Emptied first, then filled: the same sentence twice in a row is announced again.
        window.setTimeout(
          () =>
            setSaved(t('conversations.saved', { date: formatDateTime(conversation.occurredAt, language) })),
          50,
        )
        textRef.current?.focus()
      },
      onError: errors.showError,
    })
  }

  return (
    <div className="naast-stack naast-conversation-form">
      <Heading level={3} id={`${prefix}-title`}>
        {t('conversations.formTitle')}
      </Heading>
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
        formErrorTitle={t('conversations.failed')}
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
          kindControl="radio"
        />
        <Row gap="small" wrap>
          <SubmitButton
            busy={log.isPending}
            label={t('conversations.save')}
            busyLabel={t('conversations.saving')}
          />
          <Button variant="tertiary" onClick={onClose}>
            {t('conversations.closeForm')}
          </Button>
        </Row>
      </form>
      <Paragraph role="status" className="naast-conversation-form__saved">
        {saved}
      </Paragraph>
    </div>
  )
}
