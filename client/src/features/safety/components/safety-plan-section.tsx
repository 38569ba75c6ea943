import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import {
  ActionGroup,
  Button,
  Checkbox,
  Heading,
  Link,
  Paragraph,
  Select,
  Table,
  UnorderedList,
} from '@amsterdam/design-system-react'
import {
  ConditionInput,
  ConditionStatus,
  DangerSourcesInput,
  ScaleBy,
  ScoreInput,
  WorryInput,
  type Condition,
  type SafetyGoal,
  type SafetyPlan,
  type Score,
} from '#shared/contracts/safety'
import type { HouseholdDetail } from '#shared/contracts/households'
import { formatDate } from '#shared/domain/dates'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { ApiRequestError } from '../../../lib/api.ts'
import { useHousehold } from '../../../lib/household-detail.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { today } from '../../../lib/today.ts'
import { planPath } from '../../../app/paths.ts'
import {
  DateField,
  FormAlert,
  FormField,
  FormFieldSet,
  RadioFieldSet,
  SubmitButton,
  TextAreaField,
  TextInputField,
} from '../../../components/form.tsx'
import { FocusedStatus } from '../../../components/focused-status.tsx'
import { WarningIcon } from '../../../components/icons.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { useSafetyPlan } from '../api/safety-plan-get.ts'
import { useAddCondition } from '../api/safety-plan-add-condition.ts'
import { useUpdateCondition } from '../api/safety-plan-update-condition.ts'
import { useSetWorry } from '../api/safety-plan-set-worry.ts'
import { useAddScore } from '../api/safety-plan-add-score.ts'
import { useSetDangerSources } from '../api/safety-plan-set-danger-sources.ts'
import './safety-plan.css'

/** Scores this far apart ask for a conversation about the difference (never an average). */
const divergence = 3
const scaleSteps = Array.from({ length: 11 }, (_, score) => String(score))

const fullName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`

function day(value: string) {
  return formatDate(value, currentLanguage())
}

/** Members, network and workers by name: offered (not imposed) for "who watches over it" and "who gave it". */
function namesOf(household: HouseholdDetail): string[] {
  return [
    ...new Set([
      ...household.members.map(fullName),
      ...household.network.map((person) => person.name),
      ...household.workers.map((worker) => worker.name),
    ]),
  ]
}

/**
 * "Vul dit veld in" rather than "Deze waarde klopt niet" for a text left empty: the shared schemas only say that
 * it is too short. A field whose schema has its own message (the watcher) keeps that one.
 */
function withRequired(
  fieldErrors: FieldErrors,
  values: Record<string, unknown>,
  t: (key: 'errors.required' | 'errors.invalidValue') => string,
): FieldErrors {
  const result: FieldErrors = {}
  for (const [field, message] of Object.entries(fieldErrors)) {
    const value = values[field]
    const blank = value === undefined || (typeof value === 'string' && value.trim() === '')
    result[field] = blank && message === t('errors.invalidValue') ? t('errors.required') : message
  }
  return result
}

/** A server error on "reviewOn" or "goalKey" belongs to the field of that name. */
function byField(fieldErrors: FieldErrors): FieldErrors {
  const result: FieldErrors = {}
  for (const [key, message] of Object.entries(fieldErrors)) result[key.split('.')[0]!] ??= message
  return result
}

/** The fields' own order, so the error summary reads top to bottom. */
function inOrder(problems: FieldErrors, fieldIds: Record<string, string>): FieldErrors {
  const ordered: FieldErrors = {}
  for (const field of Object.keys(fieldIds)) if (problems[field]) ordered[field] = problems[field]
  return ordered
}

/**
 * "Veiligheidsplan" on the safety page: per safety goal of the current plan its worry (the danger statement, as in
 * Signs of Safety) and the safety scale scored by household, worker and network side by side; the safety
 * conditions with who watches over them; and who is recorded as a possible source of danger (they never see the
 * safety plan in their portal). Every write answers with the fresh plan, which replaces the cached one.
 */
export function SafetyPlanSection({ householdId }: { householdId: number }) {
  const { t } = useTranslation()
  const household = useHousehold(householdId)
  const plan = useSafetyPlan(householdId)

  return (
    <section id="veiligheidsplan" className="naast-stack" aria-labelledby="safety-plan-title">
      <Heading level={2} id="safety-plan-title">
        {t('safetyPlan.title')}
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPlan.intro')}</Paragraph>
      <QueryResult query={household} errorHeadingLevel={3}>
        {(detail) => (
          <QueryResult query={plan} errorHeadingLevel={3}>
            {(data) => <SafetyPlanParts household={detail} plan={data} />}
          </QueryResult>
        )}
      </QueryResult>
    </section>
  )
}

function SafetyPlanParts({ household, plan }: { household: HouseholdDetail; plan: SafetyPlan }) {
  const { t } = useTranslation()
  const names = namesOf(household)
  return (
    <>
      {plan.goals.length === 0 ? (
        <div className="naast-safety-plan-empty naast-readable">
          <Paragraph>{t('safetyPlan.noGoals')}</Paragraph>
          <Paragraph>
            <Link href={planPath(household.id)} linkComponent={RouterLink}>
              {t('safetyPlan.noGoalsLink')}
            </Link>
          </Paragraph>
        </div>
      ) : (
        plan.goals.map((goal, index) => (
          <GoalPart
            key={goal.goalKey}
            householdId={household.id}
            goal={goal}
            number={index + 1}
            names={names}
          />
        ))
      )}
      <ConditionsPart household={household} plan={plan} names={names} />
      <DangerSourcesPart household={household} plan={plan} />
    </>
  )
}

/**
 * A form folded away under its summary, and only mounted while open (it starts afresh each time). Saving folds it
 * again and hands the confirmation to the part, which shows it.
 */
function FoldedForm({
  summary,
  onSaved,
  children,
}: {
  summary: string
  onSaved: (message: string) => void
  children: (onSaved: (message: string) => void) => ReactNode
}) {
  const [open, setOpen] = useState(false)
  return (
    <details className="naast-details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      <div className="naast-details__body">
        {open &&
          children((message) => {
            setOpen(false)
            onSaved(message)
          })}
      </div>
    </details>
  )
}

// A safety goal: its worry and its scale

type GoalPartProps = { householdId: number; goal: SafetyGoal; number: number; names: string[] }

function GoalPart({ householdId, goal, number, names }: GoalPartProps) {
  const { t } = useTranslation()
  const headingId = `safety-goal-${goal.goalKey}`
  return (
    <section className="naast-stack naast-safety-goal" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('safetyPlan.goalHeading', { number, text: goal.text })}
      </Heading>
      <WorryPart householdId={householdId} goal={goal} />
      <ScalePart householdId={householdId} goal={goal} number={number} names={names} />
    </section>
  )
}

function WorryPart({ householdId, goal }: { householdId: number; goal: SafetyGoal }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  return (
    <div className="naast-stack naast-safety-goal__part">
      <Heading level={4}>{t('safetyPlan.worryTitle')}</Heading>
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)} />
      )}
      {goal.worry ? (
        <Paragraph className="naast-safety-plan-words naast-readable">{goal.worry}</Paragraph>
      ) : (
        <Paragraph className="naast-secondary">{t('safetyPlan.worryEmpty')}</Paragraph>
      )}
      <FoldedForm
        summary={goal.worry ? t('safetyPlan.worryEdit') : t('safetyPlan.worryAdd')}
        onSaved={setMessage}
      >
        {(onSaved) => <WorryForm householdId={householdId} goal={goal} onSaved={onSaved} />}
      </FoldedForm>
    </div>
  )
}

function WorryForm({
  householdId,
  goal,
  onSaved,
}: {
  householdId: number
  goal: SafetyGoal
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  const save = useSetWorry(householdId)
  const errors = useFormErrors()
  const [worry, setWorry] = useState(goal.worry ?? '')
  const fieldIds = { worry: `safety-worry-${goal.goalKey}` }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    const checked = validate(WorryInput, { worry })
    if (!checked.ok) return errors.showFieldErrors(withRequired(checked.fieldErrors, { worry }, t))
    errors.clear()
    save.mutate(
      { goalKey: goal.goalKey, worry: checked.data.worry },
      { onSuccess: () => onSaved(t('safetyPlan.worrySaved')), onError: errors.showError },
    )
  }

  const fieldErrors = byField(errors.fieldErrors)
  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert {...errors} fieldErrors={fieldErrors} fieldIds={fieldIds} headingLevel={4} />
      <TextAreaField
        id={fieldIds.worry}
        label={t('safetyPlan.worryTitle')}
        description={t('safetyPlan.worryHint')}
        error={fieldErrors.worry}
        rows={4}
        value={worry}
        onChange={setWorry}
      />
      <SubmitButton
        busy={save.isPending}
        label={t('safetyPlan.worrySave')}
        busyLabel={t('safetyPlan.saving')}
      />
    </form>
  )
}

function ScalePart({ householdId, goal, number, names }: GoalPartProps) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const given = ScaleBy.options.flatMap((by) => (goal.latest[by] ? [goal.latest[by].score] : []))
  const low = Math.min(...given)
  const high = Math.max(...given)
  const differ = given.length >= 2 && high - low >= divergence

  return (
    <div className="naast-stack naast-safety-goal__part">
      <Heading level={4}>{t('safetyPlan.scaleTitle')}</Heading>
      <Paragraph size="small" className="naast-readable">
        {t('safetyPlan.scaleIntro')}
      </Paragraph>
      <ul className="naast-safety-scale">
        {ScaleBy.options.map((by) => (
          <li key={by} className="naast-safety-scale__party">
            <PartyScore by={by} score={goal.latest[by]} />
          </li>
        ))}
      </ul>
      {differ && (
        <Paragraph className="naast-safety-scale__differ">
          <WarningIcon className="naast-safety-scale__differ-icon" />
          <span>
            <strong>{t('safetyPlan.scoresDiffer')}</strong>{' '}
            {t('safetyPlan.scoresDifferDetail', { low, high })}
          </span>
        </Paragraph>
      )}
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)} />
      )}
      <FoldedForm summary={t('safetyPlan.scoreAdd')} onSaved={setMessage}>
        {(onSaved) => <ScoreForm householdId={householdId} goal={goal} names={names} onSaved={onSaved} />}
      </FoldedForm>
      {goal.history.length > 0 && <ScoreHistory history={goal.history} number={number} />}
    </div>
  )
}

/** One party's newest score: the number is always text; the bar only repeats it for the eye. */
function PartyScore({ by, score }: { by: ScaleBy; score: Score | null }) {
  const { t } = useTranslation()
  return (
    <>
      <span className="naast-safety-scale__name">{t(`safetyPlan.parties.${by}`)}</span>
      {score ? (
        <>
          <span className="naast-safety-scale__score">
            {t('safetyPlan.scoreOutOf', { score: score.score })}
          </span>
          <span className="naast-safety-scale__bar" aria-hidden="true">
            <span className={`naast-safety-scale__fill naast-safety-scale__fill--${score.score}`} />
          </span>
          <span className="naast-secondary">
            {t('safetyPlan.scoreByOn', { who: score.who, date: day(score.on) })}
          </span>
          {score.note && <span className="naast-safety-plan-words">{score.note}</span>}
        </>
      ) : (
        <span className="naast-secondary">{t('safetyPlan.scoreNone')}</span>
      )}
    </>
  )
}

function ScoreHistory({ history, number }: { history: Score[]; number: number }) {
  const { t } = useTranslation()
  return (
    <details className="naast-details">
      <summary>{t('safetyPlan.historySummary', { count: history.length })}</summary>
      <div className="naast-details__body">
        <Table className="naast-table naast-table--compact">
          <Table.Caption className="ams-visually-hidden">
            {t('safetyPlan.historyCaption', { number })}
          </Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('safetyPlan.historyOn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('safetyPlan.historyParty')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('safetyPlan.historyWho')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('safetyPlan.historyScore')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('safetyPlan.historyNote')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {history.map((score) => (
              <Table.Row key={score.id}>
                <Table.Cell className="naast-nowrap">{day(score.on)}</Table.Cell>
                <Table.Cell>{t(`safetyPlan.parties.${score.by}`)}</Table.Cell>
                <Table.Cell>{score.who}</Table.Cell>
                <Table.Cell className="naast-nowrap">
                  {t('safetyPlan.scoreOutOf', { score: score.score })}
                </Table.Cell>
                <Table.Cell className="naast-safety-plan-words">{score.note}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </details>
  )
}

type ScoreFormState = { by: '' | ScaleBy; who: string; score: string; note: string; on: string }

function ScoreForm({
  householdId,
  goal,
  names,
  onSaved,
}: {
  householdId: number
  goal: SafetyGoal
  names: string[]
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  const save = useAddScore(householdId)
  const errors = useFormErrors()
  const [form, setForm] = useState<ScoreFormState>(() => ({
    by: '',
    who: '',
    score: '',
    note: '',
    on: today(),
  }))
  const set = <K extends keyof ScoreFormState>(key: K, value: ScoreFormState[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const prefix = `safety-score-${goal.goalKey}`
  const fieldIds = {
    by: `${prefix}-by`,
    who: `${prefix}-who`,
    score: `${prefix}-score`,
    note: `${prefix}-note`,
    on: `${prefix}-on`,
  }
  const fieldLabels = {
    by: t('safetyPlan.scoreParty'),
    who: t('safetyPlan.scoreWho'),
    score: t('safetyPlan.scoreValue'),
    note: t('safetyPlan.scoreNote'),
    on: t('safetyPlan.scoreOn'),
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    const values = {
      by: form.by || undefined,
      who: form.who,
      score: form.score === '' ? undefined : Number(form.score),
      note: form.note,
      on: form.on,
    }
    const checked = validate(ScoreInput, values)
    const problems = checked.ok ? {} : withRequired(byField(checked.fieldErrors), values, t)
    if (!form.by) problems.by = t('errors.chooseOption')
    if (form.score === '') problems.score = t('errors.chooseOption')
    if (!form.on) problems.on = t('errors.required')
    if (!checked.ok || Object.keys(problems).length > 0)
      return errors.showFieldErrors(inOrder(problems, fieldIds))
    errors.clear()
    const input = checked.data
    save.mutate(
      { goalKey: goal.goalKey, input },
      {
        onSuccess: () =>
          onSaved(
            t('safetyPlan.scoreSaved', {
              who: input.who,
              party: t(`safetyPlan.parties.${input.by}`),
              score: input.score,
            }),
          ),
        onError: errors.showError,
      },
    )
  }

  const fieldErrors = byField(errors.fieldErrors)
  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <RadioFieldSet
        id={fieldIds.by}
        legend={t('safetyPlan.scoreParty')}
        error={fieldErrors.by}
        options={ScaleBy.options}
        value={form.by}
        onChange={(by) => set('by', by)}
        optionLabel={(by) => t(`safetyPlan.parties.${by}`)}
      />
      <TextInputField
        id={fieldIds.who}
        label={t('safetyPlan.scoreWho')}
        description={t('safetyPlan.scoreWhoHint')}
        error={fieldErrors.who}
        suggestions={names}
        value={form.who}
        onChange={(value) => set('who', value)}
      />
      <RadioFieldSet
        id={fieldIds.score}
        legend={t('safetyPlan.scoreValue')}
        description={t('safetyPlan.scoreValueHint')}
        error={fieldErrors.score}
        className="naast-safety-scale-choice"
        options={scaleSteps}
        value={form.score}
        onChange={(score) => set('score', score)}
        optionLabel={(score) => score}
      />
      <TextAreaField
        id={fieldIds.note}
        label={t('safetyPlan.scoreNote')}
        description={t('safetyPlan.scoreNoteHint')}
        error={fieldErrors.note}
        requirement="optional"
        rows={3}
        value={form.note}
        onChange={(value) => set('note', value)}
      />
      <DateField
        id={fieldIds.on}
        label={t('safetyPlan.scoreOn')}
        error={fieldErrors.on}
        max={today()}
        value={form.on}
        onChange={(value) => set('on', value)}
      />
      <SubmitButton
        busy={save.isPending}
        label={t('safetyPlan.scoreSave')}
        busyLabel={t('safetyPlan.saving')}
      />
    </form>
  )
}

// Safety conditions

function ConditionsPart({
  household,
  plan,
  names,
}: {
  household: HouseholdDetail
  plan: SafetyPlan
  names: string[]
}) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const [editing, setEditing] = useState<number | null>(null)
  const editingCondition = plan.conditions.find((condition) => condition.id === editing)

  return (
    <section className="naast-stack" aria-labelledby="safety-conditions-title">
      <Heading level={3} id="safety-conditions-title">
        {t('safetyPlan.conditionsTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPlan.conditionsIntro')}</Paragraph>
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)} />
      )}
      {plan.conditions.length === 0 ? (
        <Paragraph>{t('safetyPlan.conditionsEmpty')}</Paragraph>
      ) : (
        <ConditionTable
          conditions={plan.conditions}
          goals={plan.goals}
          onEdit={(condition) => {
            setMessage(null)
            setEditing(condition.id)
          }}
        />
      )}
      {editingCondition && (
        <EditCondition
          key={editingCondition.id}
          householdId={household.id}
          condition={editingCondition}
          goals={plan.goals}
          names={names}
          onCancel={() => {
            setEditing(null)
            // Back to the button that opened the form, so keyboard users keep their place in the table.
            document.getElementById(editButtonId(editingCondition.id))?.focus()
          }}
          onSaved={(text) => {
            setEditing(null)
            setMessage(text)
          }}
        />
      )}
      <FoldedForm summary={t('safetyPlan.conditionAdd')} onSaved={setMessage}>
        {(onSaved) => (
          <ConditionForm
            householdId={household.id}
            condition={null}
            goals={plan.goals}
            names={names}
            prefix="safety-condition-new"
            onSaved={onSaved}
          />
        )}
      </FoldedForm>
    </section>
  )
}

function goalLabel(goalKey: string | null, goals: SafetyGoal[], t: TFunction): string {
  if (goalKey === null) return t('safetyPlan.noGoal')
  const index = goals.findIndex((goal) => goal.goalKey === goalKey)
  return index < 0
    ? t('safetyPlan.goalGone')
    : t('safetyPlan.goalRef', { number: index + 1, text: goals[index]!.text })
}

const editButtonId = (conditionId: number) => `safety-condition-${conditionId}-edit-button`

/** A condition still "agreed" whose review date has passed: it should have been discussed again. */
const reviewOverdue = (condition: Condition) => condition.status === 'agreed' && condition.reviewOn < today()

function ConditionTable({
  conditions,
  goals,
  onEdit,
}: {
  conditions: Condition[]
  goals: SafetyGoal[]
  onEdit: (condition: Condition) => void
}) {
  const { t } = useTranslation()
  return (
    <Table className="naast-table naast-table--compact naast-safety-conditions">
      <Table.Caption className="ams-visually-hidden">{t('safetyPlan.conditionsTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('safetyPlan.condition')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPlan.watcher')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPlan.howChecked')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPlan.reviewOn')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPlan.status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('safetyPlan.goal')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="ams-visually-hidden">{t('safetyPlan.actions')}</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {conditions.map((condition) => (
          <Table.Row
            key={condition.id}
            className={condition.status === 'ended' ? 'naast-safety-conditions__ended' : undefined}
          >
            <Table.HeaderCell scope="row" className="naast-safety-plan-words">
              {condition.text}
            </Table.HeaderCell>
            <Table.Cell>{condition.watcher}</Table.Cell>
            <Table.Cell className="naast-safety-plan-words">{condition.howChecked}</Table.Cell>
            <Table.Cell>
              <div className="naast-cell-stack">
                <span className="naast-nowrap">{day(condition.reviewOn)}</span>
                {reviewOverdue(condition) && (
                  <span className="naast-overdue">
                    <WarningIcon className="naast-overdue__icon" />
                    {t('safetyPlan.reviewOverdue')}
                  </span>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>
              <span
                className={`naast-safety-condition-status naast-safety-condition-status--${condition.status}`}
              >
                {t(`safetyPlan.statuses.${condition.status}`)}
              </span>
            </Table.Cell>
            <Table.Cell>{goalLabel(condition.goalKey, goals, t)}</Table.Cell>
            <Table.Cell>
              <Button
                id={editButtonId(condition.id)}
                variant="secondary"
                aria-label={t('safetyPlan.editLabel', { text: condition.text })}
                onClick={() => onEdit(condition)}
              >
                {t('safetyPlan.edit')}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

type EditConditionProps = {
  householdId: number
  condition: Condition
  goals: SafetyGoal[]
  names: string[]
  onCancel: () => void
  onSaved: (message: string) => void
}

/** Opens under the table; focus moves to its heading, so it is clear where the form went. */
function EditCondition({ householdId, condition, goals, names, onCancel, onSaved }: EditConditionProps) {
  const { t } = useTranslation()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const headingId = `safety-condition-${condition.id}-edit`
  return (
    <section
      className="naast-card naast-safety-condition-edit"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <Heading level={4} id={headingId} ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('safetyPlan.editTitle')}
      </Heading>
      <ConditionForm
        householdId={householdId}
        condition={condition}
        goals={goals}
        names={names}
        prefix={`safety-condition-${condition.id}`}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    </section>
  )
}

type ConditionFormState = {
  text: string
  watcher: string
  howChecked: string
  reviewOn: string
  goalKey: string
  status: ConditionStatus
}

function ConditionForm({
  householdId,
  condition,
  goals,
  names,
  prefix,
  onSaved,
  onCancel,
}: {
  householdId: number
  /** Null for a new condition: it starts as "agreed". */
  condition: Condition | null
  goals: SafetyGoal[]
  names: string[]
  prefix: string
  onSaved: (message: string) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const add = useAddCondition(householdId)
  const update = useUpdateCondition(householdId)
  const pending = add.isPending || update.isPending
  const errors = useFormErrors()
  const [form, setForm] = useState<ConditionFormState>(() => ({
    text: condition?.text ?? '',
    watcher: condition?.watcher ?? '',
    howChecked: condition?.howChecked ?? '',
    reviewOn: condition?.reviewOn ?? '',
    goalKey: condition?.goalKey ?? (goals.length === 1 ? goals[0]!.goalKey : ''),
    status: condition?.status ?? 'agreed',
  }))
  const set = <K extends keyof ConditionFormState>(key: K, value: ConditionFormState[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }))
  const fieldIds = {
    text: `${prefix}-text`,
    watcher: `${prefix}-watcher`,
    howChecked: `${prefix}-how`,
    reviewOn: `${prefix}-review`,
    goalKey: `${prefix}-goal`,
    status: `${prefix}-status`,
  }
  const fieldLabels = {
    text: t('safetyPlan.textLabel'),
    watcher: t('safetyPlan.watcherLabel'),
    howChecked: t('safetyPlan.howCheckedLabel'),
    reviewOn: t('safetyPlan.reviewOnLabel'),
    goalKey: t('safetyPlan.goalLabel'),
    status: t('safetyPlan.statusLabel'),
  }
  // A goal that left the plan stays selectable as it was, so a save does not drop it silently (the server says so).
  const goneGoal =
    condition?.goalKey && !goals.some((goal) => goal.goalKey === condition.goalKey) ? condition.goalKey : null

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const values = { ...form, goalKey: form.goalKey || null }
    const checked = validate(ConditionInput, values)
    const problems = checked.ok ? {} : withRequired(byField(checked.fieldErrors), values, t)
    if (!form.reviewOn) problems.reviewOn = t('errors.required')
    if (!checked.ok || Object.keys(problems).length > 0)
      return errors.showFieldErrors(inOrder(problems, fieldIds))
    errors.clear()
    if (condition === null)
      add.mutate(checked.data, {
        onSuccess: () => onSaved(t('safetyPlan.conditionAdded')),
        onError: errors.showError,
      })
    else
      update.mutate(
        { conditionId: condition.id, input: checked.data },
        { onSuccess: () => onSaved(t('safetyPlan.conditionUpdated')), onError: errors.showError },
      )
  }

  const fieldErrors = byField(errors.fieldErrors)
  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <TextAreaField
        id={fieldIds.text}
        label={t('safetyPlan.textLabel')}
        description={t('safetyPlan.textHint')}
        error={fieldErrors.text}
        rows={3}
        value={form.text}
        onChange={(value) => set('text', value)}
      />
      <TextInputField
        id={fieldIds.watcher}
        label={t('safetyPlan.watcherLabel')}
        description={t('safetyPlan.watcherHint')}
        error={fieldErrors.watcher}
        suggestions={names}
        value={form.watcher}
        onChange={(value) => set('watcher', value)}
      />
      <TextAreaField
        id={fieldIds.howChecked}
        label={t('safetyPlan.howCheckedLabel')}
        description={t('safetyPlan.howCheckedHint')}
        error={fieldErrors.howChecked}
        rows={2}
        value={form.howChecked}
        onChange={(value) => set('howChecked', value)}
      />
      <DateField
        id={fieldIds.reviewOn}
        label={t('safetyPlan.reviewOnLabel')}
        error={fieldErrors.reviewOn}
        value={form.reviewOn}
        onChange={(value) => set('reviewOn', value)}
      />
      <FormField
        id={fieldIds.goalKey}
        label={t('safetyPlan.goalLabel')}
        error={fieldErrors.goalKey}
        requirement="optional"
      >
        {(control) => (
          <Select {...control} value={form.goalKey} onChange={(event) => set('goalKey', event.target.value)}>
            <Select.Option value="">{t('safetyPlan.noGoal')}</Select.Option>
            {goals.map((goal, index) => (
              <Select.Option key={goal.goalKey} value={goal.goalKey}>
                {t('safetyPlan.goalRef', { number: index + 1, text: goal.text })}
              </Select.Option>
            ))}
            {goneGoal && <Select.Option value={goneGoal}>{t('safetyPlan.goalGone')}</Select.Option>}
          </Select>
        )}
      </FormField>
      {condition !== null && (
        <RadioFieldSet
          id={fieldIds.status}
          legend={t('safetyPlan.statusLabel')}
          error={fieldErrors.status}
          options={ConditionStatus.options}
          value={form.status}
          onChange={(status) => set('status', status)}
          optionLabel={(status) => t(`safetyPlan.statuses.${status}`)}
        />
      )}
      <ActionGroup>
        <SubmitButton
          busy={pending}
          label={t('safetyPlan.conditionSave')}
          busyLabel={t('safetyPlan.saving')}
        />
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('safetyPlan.cancel')}
          </Button>
        )}
      </ActionGroup>
    </form>
  )
}

// Possible sources of danger

function DangerSourcesPart({ household, plan }: { household: HouseholdDetail; plan: SafetyPlan }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  return (
    <section className="naast-stack" aria-labelledby="safety-danger-title">
      <Heading level={3} id="safety-danger-title">
        {t('safetyPlan.dangerTitle')}
      </Heading>
      <Paragraph className="naast-readable">{t('safetyPlan.dangerIntro')}</Paragraph>
      <Paragraph className="naast-safety-danger-note naast-readable">
        {t('safetyPlan.dangerHidden')}
      </Paragraph>
      {message && (
        <FocusedStatus key={message} heading={message} headingLevel={4} onClose={() => setMessage(null)} />
      )}
      {plan.dangerSources.length === 0 ? (
        <Paragraph>{t('safetyPlan.dangerEmpty')}</Paragraph>
      ) : (
        <UnorderedList className="naast-readable">
          {plan.dangerSources.map((source) => (
            <UnorderedList.Item key={source.personId}>
              <strong>{source.name}</strong>: <span className="naast-safety-plan-words">{source.reason}</span>
            </UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
      {household.members.length === 0 ? (
        <Paragraph>{t('safetyPlan.dangerNoMembers')}</Paragraph>
      ) : (
        <FoldedForm summary={t('safetyPlan.dangerEdit')} onSaved={setMessage}>
          {(onSaved) => <DangerSourcesForm household={household} plan={plan} onSaved={onSaved} />}
        </FoldedForm>
      )}
    </section>
  )
}

function DangerSourcesForm({
  household,
  plan,
  onSaved,
}: {
  household: HouseholdDetail
  plan: SafetyPlan
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  const save = useSetDangerSources(household.id)
  const errors = useFormErrors()
  const [chosen, setChosen] = useState<Map<number, string>>(
    () => new Map(plan.dangerSources.map((source) => [source.personId, source.reason])),
  )
  // The order the sources were sent in: the server names them "sources.0.reason", "sources.1.personId" …
  const sent = useRef<number[]>([])
  const members = household.members
  const groupId = 'safety-danger-sources'
  const fieldIds: Record<string, string> = { sources: groupId }
  const fieldLabels: Record<string, string> = {}
  for (const member of members) {
    fieldIds[`reason-${member.id}`] = `safety-danger-reason-${member.id}`
    fieldLabels[`reason-${member.id}`] = t('safetyPlan.dangerReason', { name: fullName(member) })
  }

  /** "sources.1.reason" → "reason-<personId>"; anything else about the list belongs to the group. */
  function perMember(fieldErrors: FieldErrors): FieldErrors {
    const result: FieldErrors = {}
    for (const [key, message] of Object.entries(fieldErrors)) {
      const [, index, field] = key.split('.')
      const personId = index === undefined ? undefined : sent.current[Number(index)]
      const name = field === 'reason' && personId !== undefined ? `reason-${personId}` : 'sources'
      result[name] ??= message
    }
    return result
  }

  function toggle(personId: number, checked: boolean) {
    setChosen((previous) => {
      const next = new Map(previous)
      if (checked) next.set(personId, previous.get(personId) ?? '')
      else next.delete(personId)
      return next
    })
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    const sources = members
      .filter((member) => chosen.has(member.id))
      .map((member) => ({ personId: member.id, reason: chosen.get(member.id) ?? '' }))
    sent.current = sources.map((source) => source.personId)
    const checked = validate(DangerSourcesInput, { sources })
    if (!checked.ok) {
      const problems = perMember(checked.fieldErrors)
      for (const source of sources)
        if (problems[`reason-${source.personId}`] && !source.reason.trim())
          problems[`reason-${source.personId}`] = t('errors.required')
      return errors.showFieldErrors(inOrder(problems, fieldIds))
    }
    errors.clear()
    save.mutate(checked.data, {
      onSuccess: (fresh) =>
        onSaved(
          fresh.dangerSources.length === 0
            ? t('safetyPlan.dangerSavedNone')
            : t('safetyPlan.dangerSaved', { names: fresh.dangerSources.map((s) => s.name).join(', ') }),
        ),
      // The server names fields by position ("sources.0.reason"): shown beside that member's reason instead.
      onError: (error) =>
        error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0
          ? errors.showFieldErrors(inOrder(perMember(error.fieldErrors), fieldIds))
          : errors.showError(error),
    })
  }

  const fieldErrors = errors.fieldErrors
  return (
    <form onSubmit={onSubmit} noValidate className="naast-form naast-readable">
      <FormAlert
        {...errors}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={4}
      />
      <FormFieldSet
        id={groupId}
        kind="checkbox"
        legend={t('safetyPlan.dangerLegend')}
        description={t('safetyPlan.dangerLegendHint')}
        error={fieldErrors.sources}
        requirement="none"
      >
        {(group) =>
          members.map((member) => (
            <div key={member.id} className="naast-safety-danger-member">
              <Checkbox
                id={`safety-danger-person-${member.id}`}
                invalid={group.invalid}
                checked={chosen.has(member.id)}
                onChange={(event) => toggle(member.id, event.target.checked)}
              >
                {fullName(member)}
              </Checkbox>
              {chosen.has(member.id) && (
                <div className="naast-subform">
                  <TextAreaField
                    id={`safety-danger-reason-${member.id}`}
                    label={t('safetyPlan.dangerReason', { name: fullName(member) })}
                    error={fieldErrors[`reason-${member.id}`]}
                    rows={2}
                    value={chosen.get(member.id) ?? ''}
                    onChange={(reason) => setChosen((previous) => new Map(previous).set(member.id, reason))}
                  />
                </div>
              )}
            </div>
          ))
        }
      </FormFieldSet>
      <SubmitButton
        busy={save.isPending}
        label={t('safetyPlan.dangerSave')}
        busyLabel={t('safetyPlan.saving')}
      />
    </form>
  )
}
