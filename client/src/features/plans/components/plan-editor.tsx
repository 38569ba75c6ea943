import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Alert,
  Button,
  Checkbox,
  DateInput,
  Heading,
  Paragraph,
  Radio,
  Row,
  Select,
  TextArea,
  TextInput,
} from '@amsterdam/design-system-react'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import {
  ActionOwnerKind,
  ActionStatus,
  DirectionHolder,
  Position,
  SavePlanInput,
  type ActionOwner,
  type PlanOverview,
  type PlanVersion,
} from '#shared/contracts/plans'
import { mayBePrivate } from '#shared/domain/plan-visibility'
import { ApiRequestError } from '../../../lib/api.ts'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { FormAlert, FormField, FormFieldSet, SubmitButton } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'
import { useSavePlan } from '../api/save-plan.ts'
import { fullName } from './plan-words.ts'

type Member = HouseholdDetail['members'][number]
type Party = { id: number; name: string }

type ActionDraft = {
  id: number
  key?: string
  text: string
  /** "member:12", or empty while nobody is chosen. */
  owner: string
  /** The name the plan gave, for an owner no longer in the lists (an ended network contact). */
  ownerName?: string
  dueOn: string
  status: ActionStatus
}

type GoalDraft = {
  id: number
  key?: string
  text: string
  /** A member's id, or empty for the whole household. */
  owner: string
  domainIds: number[]
  safety: boolean
  private: boolean
  hiddenFrom: number[]
  actions: ActionDraft[]
}

type Draft = {
  goals: GoalDraft[]
  holder: DirectionHolder | ''
  otherParty: string
  reason: string
  discussed: string
  options: string
  decided: string
  reasons: Record<number, string>
  positions: Record<number, { position: Position | ''; words: string }>
  evaluationOn: string
}

/** Members of this age and older are heard themselves (as in the broad view). */
const heardFromAge = 12

// Local ids keep React's keys stable while goals and actions are added and removed.
let lastLocalId = 0
const localId = () => ++lastLocalId

const ownerValue = (owner: { kind: string; refId: number }) => `${owner.kind}:${owner.refId}`

function parseOwner(value: string): ActionOwner | undefined {
  const [kind, id] = value.split(':')
  const parsed = ActionOwnerKind.options.find((k) => k === kind)
  return parsed && id ? { kind: parsed, refId: Number(id) } : undefined
}

const emptyAction = (): ActionDraft => ({ id: localId(), text: '', owner: '', dueOn: '', status: 'planned' })
const emptyGoal = (): GoalDraft => ({
  id: localId(),
  text: '',
  owner: '',
  domainIds: [],
  safety: false,
  private: false,
  hiddenFrom: [],
  actions: [],
})

/** The form starts from the version being edited; a first plan starts with one empty goal. */
function draftFrom(current: PlanVersion | null): Draft {
  return {
    goals: current
      ? current.goals.map((goal) => ({
          id: localId(),
          key: goal.key,
          text: goal.text,
          owner: goal.owner ? String(goal.owner.personId) : '',
          domainIds: goal.domainIds,
          safety: goal.safety,
          private: goal.private,
          hiddenFrom: goal.hiddenFrom,
          actions: goal.actions.map((action) => ({
            id: localId(),
            key: action.key,
            text: action.text,
            owner: ownerValue(action.owner),
            ownerName: action.owner.name,
            dueOn: action.dueOn ?? '',
            status: action.status,
          })),
        }))
      : [emptyGoal()],
    holder: current?.direction?.holder ?? '',
    otherParty: current?.direction?.otherParty ?? '',
    reason: current?.direction?.reason ?? '',
    discussed: current?.decision.discussed ?? '',
    options: current?.decision.options ?? '',
    decided: current?.decision.decided ?? '',
    reasons: Object.fromEntries((current?.domainsWithoutGoal ?? []).map((d) => [d.domainId, d.reason])),
    // Nobody's answer is carried over: only what a member said again is recorded on the new version.
    positions: {},
    evaluationOn: current?.evaluationOn ?? '',
  }
}

// Where each field of the form lives, so an error from the server ("goals.0.actions.1.owner") lands there.
const goalId = (g: number, field: string) => `plan-goal-${g}-${field}`
const actionId = (g: number, a: number, field: string) => `plan-goal-${g}-action-${a}-${field}`
const goalFields = ['text', 'ownerPersonId', 'domainIds', 'safety', 'private', 'hiddenFrom']
const actionFields = ['text', 'owner', 'dueOn', 'status']

type Sent = { positions: number[]; reasons: number[] }

function idForError(key: string, sent: Sent): string {
  const action = key.match(/^goals\.(\d+)\.actions\.(\d+)(?:\.(\w+))?/)
  if (action) {
    const field = actionFields.includes(action[3] ?? '') ? action[3]! : 'text'
    return actionId(Number(action[1]), Number(action[2]), field)
  }
  const goal = key.match(/^goals\.(\d+)(?:\.(\w+))?/)
  if (goal) return goalId(Number(goal[1]), goalFields.includes(goal[2] ?? '') ? goal[2]! : 'text')
  if (key === 'goals') return 'plan-add-goal'
  const direction = key.match(/^direction\.(holder|otherParty|reason)/)
  if (direction) return `plan-direction-${direction[1]}`
  if (key.startsWith('direction')) return 'plan-direction-holder'
  const decision = key.match(/^decision\.(discussed|options|decided)/)
  if (decision) return `plan-decision-${decision[1]}`
  const position = key.match(/^positions\.(\d+)/)
  if (position) return `plan-position-${sent.positions[Number(position[1])] ?? 0}`
  const reason = key.match(/^domainsWithoutGoal\.(\d+)/)
  if (reason) return `plan-reason-${sent.reasons[Number(reason[1])] ?? 0}`
  if (key.startsWith('evaluationOn')) return 'plan-evaluation'
  return 'plan-edit-title'
}

/** The error of a field, also when it was reported on a part of it ("owner.refId", "domainIds.2"). */
function errorAt(fieldErrors: FieldErrors, path: string): string | undefined {
  if (fieldErrors[path]) return fieldErrors[path]
  const key = Object.keys(fieldErrors).find((k) => k.startsWith(`${path}.`))
  return key ? fieldErrors[key] : undefined
}

type PlanEditorProps = {
  household: HouseholdDetail
  overview: PlanOverview
  domains: LifeDomain[]
  workers: Party[]
  organisations: Party[]
  onSaved: (saved: PlanVersion) => void
  onCancel: () => void
  /** After a conflict: leave the form and show the version someone else saved. */
  onOpenNewest: () => void
}

/**
 * The whole plan in one form, saved as a new version on top of the one it started from. Only a goal's words are
 * required; what is missing elsewhere stays visible as a reminder on the plan, never as a block.
 */
export function PlanEditor({
  household,
  overview,
  domains,
  workers,
  organisations,
  onSaved,
  onCancel,
  onOpenNewest,
}: PlanEditorProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const current = overview.current
  const save = useSavePlan(household.id)
  const errors = useFormErrors()
  const [draft, setDraft] = useState<Draft>(() => draftFrom(current))
  const [sent, setSent] = useState<Sent>({ positions: [], reasons: [] })
  const [conflict, setConflict] = useState<{ message: string; attempt: number } | null>(null)
  const titleRef = useFocusOnMount<HTMLHeadingElement>()
  const members = household.members
  const memberById = new Map(members.map((m) => [m.id, m]))

  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }))
  const setGoal = (index: number, change: Partial<GoalDraft>) =>
    setDraft((previous) => ({
      ...previous,
      goals: previous.goals.map((goal, i) => (i === index ? { ...goal, ...change } : goal)),
    }))
  const setAction = (goalIndex: number, actionIndex: number, change: Partial<ActionDraft>) =>
    setDraft((previous) => ({
      ...previous,
      goals: previous.goals.map((goal, i) =>
        i === goalIndex
          ? {
              ...goal,
              actions: goal.actions.map((action, j) =>
                j === actionIndex ? { ...action, ...change } : action,
              ),
            }
          : goal,
      ),
    }))

  // Domains to explain: the ones the overview still reminds of, and the ones explained before.
  const reasonDomains = [
    ...overview.domainsNeedingAttention.map((d) => ({
      domainId: d.domainId,
      name: d.name,
      personNames: d.personNames,
    })),
    ...(current?.domainsWithoutGoal ?? [])
      .filter((d) => !overview.domainsNeedingAttention.some((a) => a.domainId === d.domainId))
      .map((d) => {
        const domain = domains.find((x) => x.id === d.domainId)
        return {
          domainId: d.domainId,
          name: domain ? domainName(domain, language) : `#${d.domainId}`,
          personNames: [],
        }
      }),
  ]

  const positionMembers = members.filter(
    (m) => m.age === null || m.age >= heardFromAge || current?.positions.some((p) => p.personId === m.id),
  )

  function ownerAge(goal: GoalDraft) {
    return goal.owner === '' ? null : (memberById.get(Number(goal.owner))?.age ?? null)
  }

  function removeGoal(index: number) {
    setDraft((previous) => ({ ...previous, goals: previous.goals.filter((_, i) => i !== index) }))
    errors.clear()
    // Focus goes to a stable place: the button that adds a goal.
    window.setTimeout(() => document.getElementById('plan-add-goal')?.focus(), 0)
  }

  function addGoal() {
    const index = draft.goals.length
    set({ goals: [...draft.goals, emptyGoal()] })
    window.setTimeout(() => document.getElementById(goalId(index, 'text'))?.focus(), 0)
  }

  function addAction(goalIndex: number) {
    const actionIndex = draft.goals[goalIndex]?.actions.length ?? 0
    setGoal(goalIndex, { actions: [...(draft.goals[goalIndex]?.actions ?? []), emptyAction()] })
    window.setTimeout(() => document.getElementById(actionId(goalIndex, actionIndex, 'text'))?.focus(), 0)
  }

  function removeAction(goalIndex: number, actionIndex: number) {
    setGoal(goalIndex, {
      actions: (draft.goals[goalIndex]?.actions ?? []).filter((_, j) => j !== actionIndex),
    })
    errors.clear()
    window.setTimeout(() => document.getElementById(`plan-goal-${goalIndex}-add-action`)?.focus(), 0)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    const positionIds = positionMembers.filter((m) => draft.positions[m.id]?.position).map((m) => m.id)
    const reasonIds = reasonDomains.filter((d) => draft.reasons[d.domainId]?.trim()).map((d) => d.domainId)
    setSent({ positions: positionIds, reasons: reasonIds })
    const checked = validate(SavePlanInput, {
      baseVersion: current?.version ?? null,
      goals: draft.goals.map((goal) => {
        const owner = goal.owner === '' ? null : Number(goal.owner)
        return {
          ...(goal.key ? { key: goal.key } : {}),
          text: goal.text,
          ownerPersonId: owner,
          domainIds: goal.domainIds,
          safety: goal.safety,
          private: goal.private && mayBePrivate(ownerAge(goal)),
          hiddenFrom: goal.hiddenFrom.filter((id) => id !== owner && memberById.has(id)),
          actions: goal.actions.map((action) => ({
            ...(action.key ? { key: action.key } : {}),
            text: action.text,
            owner: parseOwner(action.owner),
            dueOn: action.dueOn || null,
            status: action.status,
          })),
        }
      }),
      direction:
        draft.holder === ''
          ? null
          : {
              holder: draft.holder,
              ...(draft.holder === 'other' ? { otherParty: draft.otherParty } : {}),
              reason: draft.reason,
            },
      domainsWithoutGoal: reasonIds.map((domainId) => ({ domainId, reason: draft.reasons[domainId] ?? '' })),
      decision: { discussed: draft.discussed, options: draft.options, decided: draft.decided },
      positions: positionIds.map((personId) => ({
        personId,
        position: draft.positions[personId]!.position,
        words: draft.positions[personId]!.words,
      })),
      evaluationOn: draft.evaluationOn || null,
    })
    setConflict(null)
    if (!checked.ok) {
      // Nobody chosen in a list: "choose one", not "fill this in".
      const fieldErrors = Object.fromEntries(
        Object.entries(checked.fieldErrors).map(([key, message]) => [
          key,
          /\.owner(\.|$)/.test(key) ? t('errors.chooseOption') : message,
        ]),
      )
      return errors.showFieldErrors(fieldErrors)
    }
    errors.clear()
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        // Someone saved a newer version: their work is not overwritten; this user reopens the newest.
        if (error instanceof ApiRequestError && error.status === 409) {
          errors.clear()
          setConflict((previous) => ({ message: error.message, attempt: (previous?.attempt ?? 0) + 1 }))
          return
        }
        errors.showError(error)
      },
    })
  }

  const fieldIds = Object.fromEntries(Object.keys(errors.fieldErrors).map((k) => [k, idForError(k, sent)]))
  const fieldLabels = Object.fromEntries(
    Object.keys(errors.fieldErrors).map((key) => {
      const goal = key.match(/^goals\.(\d+)(?:\.actions\.(\d+))?/)
      if (!goal) return [key, '']
      const goalLabel = t('plan.goalNumber', { number: Number(goal[1]) + 1 })
      return [
        key,
        goal[2] === undefined
          ? goalLabel
          : `${goalLabel}, ${t('plan.actionNumber', { number: Number(goal[2]) + 1 })}`,
      ]
    }),
  )
  const err = (path: string) => errorAt(errors.fieldErrors, path)

  return (
    <section className="naast-stack naast-plan-edit naast-no-print" aria-labelledby="plan-edit-title">
      <Heading level={2} id="plan-edit-title" ref={titleRef} tabIndex={-1} className="naast-focus-target">
        {current ? t('plan.editTitle') : t('plan.editTitleFirst')}
      </Heading>
      <Paragraph className="naast-readable">{t('plan.editIntro')}</Paragraph>
      {conflict && <ConflictAlert key={conflict.attempt} message={conflict.message} onOpen={onOpenNewest} />}
      <FormAlert
        {...errors}
        fieldIds={fieldIds}
        fieldLabels={fieldLabels}
        headingLevel={3}
        formErrorTitle={t('plan.saveFailed')}
      />
      <form onSubmit={onSubmit} noValidate className="naast-form" aria-labelledby="plan-edit-title">
        <section className="naast-form" aria-labelledby="plan-edit-goals">
          <Heading level={3} id="plan-edit-goals">
            {t('plan.goalsTitle')}
          </Heading>
          {draft.goals.map((goal, g) => {
            const number = g + 1
            const owner = goal.owner === '' ? undefined : memberById.get(Number(goal.owner))
            const headingId = `plan-goal-${g}-title`
            return (
              <div
                key={goal.id}
                role="group"
                aria-labelledby={headingId}
                className="naast-plan-goal-edit naast-form"
              >
                <div className="naast-plan-goal__head">
                  <Heading level={4} id={headingId}>
                    {t('plan.goalNumber', { number })}
                  </Heading>
                  <Button variant="tertiary" onClick={() => removeGoal(g)}>
                    {t('plan.removeGoal', { number })}
                  </Button>
                </div>
                <FormField
                  id={goalId(g, 'text')}
                  label={t('plan.goalText')}
                  description={t('plan.goalTextHint')}
                  error={err(`goals.${g}.text`) ?? err(`goals.${g}.key`)}
                >
                  {(control) => (
                    <TextArea
                      {...control}
                      rows={3}
                      value={goal.text}
                      onChange={(event) => setGoal(g, { text: event.target.value })}
                    />
                  )}
                </FormField>
                <FormField
                  id={goalId(g, 'ownerPersonId')}
                  label={t('plan.goalOwner')}
                  error={err(`goals.${g}.ownerPersonId`)}
                  requirement="none"
                >
                  {(control) => (
                    <Select
                      {...control}
                      value={goal.owner}
                      onChange={(event) => setGoal(g, { owner: event.target.value })}
                    >
                      <Select.Option value="">{t('plan.wholeHousehold')}</Select.Option>
                      {members.map((member) => (
                        <Select.Option key={member.id} value={String(member.id)}>
                          {fullName(member)}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </FormField>
                {owner && mayBePrivate(owner.age) && (
                  <div className="naast-field">
                    <Checkbox
                      id={goalId(g, 'private')}
                      aria-describedby={`${goalId(g, 'private')}-hint`}
                      invalid={Boolean(err(`goals.${g}.private`))}
                      checked={goal.private}
                      onChange={(event) => setGoal(g, { private: event.target.checked })}
                    >
                      {t('plan.goalPrivate', { name: owner.givenName })}
                    </Checkbox>
                    <Paragraph
                      id={`${goalId(g, 'private')}-hint`}
                      size="small"
                      className="naast-checkbox-hint"
                    >
                      {t('plan.goalPrivateHint')}
                    </Paragraph>
                  </div>
                )}
                {!(owner && mayBePrivate(owner.age)) && err(`goals.${g}.private`) && (
                  <Paragraph id={goalId(g, 'private')} className="naast-error-text">
                    {err(`goals.${g}.private`)}
                  </Paragraph>
                )}
                <FormFieldSet
                  id={goalId(g, 'domainIds')}
                  kind="checkbox"
                  legend={t('plan.goalDomains')}
                  error={err(`goals.${g}.domainIds`)}
                  requirement="optional"
                  inFieldSet
                  className="naast-plan-checkbox-grid"
                >
                  {(group) =>
                    domains.map((domain) => (
                      <Checkbox
                        key={domain.id}
                        invalid={group.invalid}
                        checked={goal.domainIds.includes(domain.id)}
                        onChange={(event) =>
                          setGoal(g, {
                            domainIds: event.target.checked
                              ? [...goal.domainIds, domain.id]
                              : goal.domainIds.filter((id) => id !== domain.id),
                          })
                        }
                      >
                        {domainName(domain, language)}
                      </Checkbox>
                    ))
                  }
                </FormFieldSet>
                <div className="naast-field">
                  <Checkbox
                    id={goalId(g, 'safety')}
                    aria-describedby={`${goalId(g, 'safety')}-hint`}
                    checked={goal.safety}
                    onChange={(event) => setGoal(g, { safety: event.target.checked })}
                  >
                    {t('plan.goalSafety')}
                  </Checkbox>
                  <Paragraph id={`${goalId(g, 'safety')}-hint`} size="small" className="naast-checkbox-hint">
                    {t('plan.goalSafetyHint')}
                  </Paragraph>
                </div>
                {members.filter((m) => m.id !== owner?.id).length > 0 && (
                  <FormFieldSet
                    id={goalId(g, 'hiddenFrom')}
                    kind="checkbox"
                    legend={t('plan.goalHiddenFrom')}
                    description={t('plan.goalHiddenFromHint')}
                    error={err(`goals.${g}.hiddenFrom`)}
                    requirement="optional"
                    inFieldSet
                    className="naast-plan-checkbox-grid"
                  >
                    {(group) =>
                      members
                        .filter((m) => m.id !== owner?.id)
                        .map((member) => (
                          <Checkbox
                            key={member.id}
                            invalid={group.invalid}
                            checked={goal.hiddenFrom.includes(member.id)}
                            onChange={(event) =>
                              setGoal(g, {
                                hiddenFrom: event.target.checked
                                  ? [...goal.hiddenFrom, member.id]
                                  : goal.hiddenFrom.filter((id) => id !== member.id),
                              })
                            }
                          >
                            {fullName(member)}
                          </Checkbox>
                        ))
                    }
                  </FormFieldSet>
                )}
                <FormFieldSet
                  id={goalId(g, 'actions')}
                  kind="group"
                  legend={t('plan.actionsOfGoal', { number })}
                  requirement="none"
                  inFieldSet
                  className="naast-plan-actions-edit"
                >
                  {() => (
                    <>
                      {goal.actions.map((action, a) => (
                        <ActionFields
                          key={action.id}
                          goalIndex={g}
                          actionIndex={a}
                          action={action}
                          members={members}
                          household={household}
                          workers={workers}
                          organisations={organisations}
                          error={(field) => err(`goals.${g}.actions.${a}.${field}`)}
                          onChange={(change) => setAction(g, a, change)}
                          onRemove={() => removeAction(g, a)}
                        />
                      ))}
                      <Button
                        id={`plan-goal-${g}-add-action`}
                        variant="secondary"
                        onClick={() => addAction(g)}
                      >
                        {t('plan.addAction', { number })}
                      </Button>
                    </>
                  )}
                </FormFieldSet>
              </div>
            )
          })}
          <Button id="plan-add-goal" variant="secondary" onClick={addGoal}>
            {t('plan.addGoal')}
          </Button>
        </section>

        <section className="naast-form" aria-labelledby="plan-edit-direction">
          <Heading level={3} id="plan-edit-direction">
            {t('plan.directionTitle')}
          </Heading>
          <FormFieldSet
            id="plan-direction-holder"
            kind="radio"
            legend={t('plan.directionHolder')}
            error={err('direction.holder')}
            requirement="none"
          >
            {(group) => (
              <>
                {(['', ...DirectionHolder.options] as const).map((holder) => (
                  <Radio
                    key={holder || 'unset'}
                    name="plan-direction-holder"
                    value={holder}
                    invalid={group.invalid}
                    checked={draft.holder === holder}
                    onChange={() => set({ holder })}
                  >
                    {holder === '' ? t('plan.directionUnset') : t(`plan.directionHolders.${holder}`)}
                  </Radio>
                ))}
              </>
            )}
          </FormFieldSet>
          {draft.holder === 'other' && (
            <FormField
              id="plan-direction-otherParty"
              label={t('plan.directionOtherParty')}
              error={err('direction.otherParty')}
            >
              {(control) => (
                <TextInput
                  {...control}
                  value={draft.otherParty}
                  onChange={(event) => set({ otherParty: event.target.value })}
                />
              )}
            </FormField>
          )}
          {draft.holder !== '' && (
            <FormField
              id="plan-direction-reason"
              label={t('plan.directionReasonLabel')}
              error={err('direction.reason')}
            >
              {(control) => (
                <TextArea
                  {...control}
                  rows={3}
                  value={draft.reason}
                  onChange={(event) => set({ reason: event.target.value })}
                />
              )}
            </FormField>
          )}
        </section>

        <section className="naast-form" aria-labelledby="plan-edit-decision">
          <Heading level={3} id="plan-edit-decision">
            {t('plan.decisionTitle')}
          </Heading>
          {(
            [
              ['discussed', t('plan.decisionDiscussed')],
              ['options', t('plan.decisionOptions')],
              ['decided', t('plan.decisionDecided')],
            ] as const
          ).map(([part, label]) => (
            <FormField
              key={part}
              id={`plan-decision-${part}`}
              label={label}
              error={err(`decision.${part}`)}
              requirement="optional"
            >
              {(control) => (
                <TextArea
                  {...control}
                  rows={3}
                  value={draft[part]}
                  onChange={(event) => set({ [part]: event.target.value })}
                />
              )}
            </FormField>
          ))}
        </section>

        {reasonDomains.length > 0 && (
          <section className="naast-form" aria-labelledby="plan-edit-reasons">
            <Heading level={3} id="plan-edit-reasons">
              {t('plan.domainsWithoutGoalTitle')}
            </Heading>
            <Paragraph className="naast-readable">{t('plan.domainsWithoutGoalIntro')}</Paragraph>
            {reasonDomains.map((domain) => (
              <FormField
                key={domain.domainId}
                id={`plan-reason-${domain.domainId}`}
                label={t('plan.domainWithoutGoalReason', { domain: domain.name })}
                description={
                  domain.personNames.length > 0
                    ? t('plan.domainWithoutGoalNames', { names: domain.personNames.join(', ') })
                    : undefined
                }
                error={err(`domainsWithoutGoal.${sent.reasons.indexOf(domain.domainId)}`)}
                requirement="optional"
              >
                {(control) => (
                  <TextArea
                    {...control}
                    rows={2}
                    value={draft.reasons[domain.domainId] ?? ''}
                    onChange={(event) =>
                      set({ reasons: { ...draft.reasons, [domain.domainId]: event.target.value } })
                    }
                  />
                )}
              </FormField>
            ))}
          </section>
        )}

        {positionMembers.length > 0 && (
          <section className="naast-form" aria-labelledby="plan-edit-positions">
            <Heading level={3} id="plan-edit-positions">
              {t('plan.positionsTitle')}
            </Heading>
            <Paragraph className="naast-readable">{t('plan.positionsIntro')}</Paragraph>
            {positionMembers.map((member) => (
              <PositionFields
                key={member.id}
                member={member}
                now={current?.positions.find((p) => p.personId === member.id)}
                value={draft.positions[member.id] ?? { position: '', words: '' }}
                error={err(`positions.${sent.positions.indexOf(member.id)}`)}
                onChange={(value) => set({ positions: { ...draft.positions, [member.id]: value } })}
              />
            ))}
          </section>
        )}

        <section className="naast-form" aria-labelledby="plan-edit-evaluation">
          <Heading level={3} id="plan-edit-evaluation">
            {t('plan.evaluationTitle')}
          </Heading>
          <FormField
            id="plan-evaluation"
            label={t('plan.evaluationDate')}
            error={err('evaluationOn')}
            requirement="optional"
          >
            {(control) => (
              <DateInput
                {...control}
                value={draft.evaluationOn}
                onChange={(event) => set({ evaluationOn: event.target.value })}
              />
            )}
          </FormField>
        </section>

        <Row gap="small" wrap>
          <SubmitButton busy={save.isPending} label={t('plan.save')} busyLabel={t('plan.saving')} />
          <Button variant="secondary" onClick={onCancel}>
            {t('plan.cancel')}
          </Button>
        </Row>
      </form>
    </section>
  )
}

function ConflictAlert({ message, onOpen }: { message: string; onOpen: () => void }) {
  const { t } = useTranslation()
  const ref = useFocusOnMount<HTMLDivElement>()
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={t('plan.conflictTitle')}
      headingLevel={3}
      severity="error"
      className="naast-form-alert"
    >
      <Paragraph>{message}</Paragraph>
      <div className="naast-alert-action">
        <Button variant="secondary" onClick={onOpen}>
          {t('plan.openNewest')}
        </Button>
      </div>
    </Alert>
  )
}

type ActionFieldsProps = {
  goalIndex: number
  actionIndex: number
  action: ActionDraft
  members: Member[]
  household: HouseholdDetail
  workers: Party[]
  organisations: Party[]
  error: (field: string) => string | undefined
  onChange: (change: Partial<ActionDraft>) => void
  onRemove: () => void
}

/** One action: what, who (grouped: household, network, team, organisation), by when, and how far along. */
function ActionFields({
  goalIndex,
  actionIndex,
  action,
  members,
  household,
  workers,
  organisations,
  error,
  onChange,
  onRemove,
}: ActionFieldsProps) {
  const { t } = useTranslation()
  const number = actionIndex + 1
  const id = (field: string) => actionId(goalIndex, actionIndex, field)
  const groups: { kind: ActionOwner['kind']; people: Party[] }[] = [
    { kind: 'member', people: members.map((m) => ({ id: m.id, name: fullName(m) })) },
    {
      kind: 'network',
      people: household.network.map((n) => ({ id: n.id, name: `${n.name} (${n.relation})` })),
    },
    { kind: 'worker', people: workers },
    { kind: 'organisation', people: organisations },
  ]
  // An owner the lists no longer hold (a contact that ended) stays visible under its own group.
  const known = groups.some((group) =>
    group.people.some((p) => ownerValue({ kind: group.kind, refId: p.id }) === action.owner),
  )
  const missing = !known && action.owner !== '' ? parseOwner(action.owner) : undefined

  return (
    <FormFieldSet
      id={id('group')}
      kind="group"
      legend={t('plan.actionNumber', { number })}
      requirement="none"
      inFieldSet
      className="naast-plan-action-edit"
    >
      {() => (
        <>
          <FormField id={id('text')} label={t('plan.actionText')} error={error('text') ?? error('key')}>
            {(control) => (
              <TextArea
                {...control}
                rows={2}
                value={action.text}
                onChange={(event) => onChange({ text: event.target.value })}
              />
            )}
          </FormField>
          <div className="naast-field-row">
            <FormField id={id('owner')} label={t('plan.actionOwner')} error={error('owner')}>
              {(control) => (
                <Select
                  {...control}
                  value={action.owner}
                  onChange={(event) => onChange({ owner: event.target.value })}
                >
                  <Select.Option value="">{t('plan.chooseOwner')}</Select.Option>
                  {groups.map((group) =>
                    group.people.length === 0 && missing?.kind !== group.kind ? null : (
                      <Select.Group key={group.kind} label={t(`plan.ownerKinds.${group.kind}`)}>
                        {group.people.map((person) => (
                          <Select.Option
                            key={person.id}
                            value={ownerValue({ kind: group.kind, refId: person.id })}
                          >
                            {person.name}
                          </Select.Option>
                        ))}
                        {missing?.kind === group.kind && (
                          <Select.Option value={action.owner}>{action.ownerName ?? '?'}</Select.Option>
                        )}
                      </Select.Group>
                    ),
                  )}
                </Select>
              )}
            </FormField>
            <FormField
              id={id('dueOn')}
              label={t('plan.actionDue')}
              error={error('dueOn')}
              requirement="optional"
            >
              {(control) => (
                <DateInput
                  {...control}
                  value={action.dueOn}
                  onChange={(event) => onChange({ dueOn: event.target.value })}
                />
              )}
            </FormField>
            <FormField
              id={id('status')}
              label={t('plan.actionStatus')}
              error={error('status')}
              requirement="none"
            >
              {(control) => (
                <Select
                  {...control}
                  value={action.status}
                  onChange={(event) => onChange({ status: event.target.value as ActionStatus })}
                >
                  {ActionStatus.options.map((status) => (
                    <Select.Option key={status} value={status}>
                      {t(`plan.statuses.${status}`)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
          </div>
          <Button variant="tertiary" onClick={onRemove}>
            {t('plan.removeAction', { number })}
          </Button>
        </>
      )}
    </FormFieldSet>
  )
}

type PositionValue = { position: Position | ''; words: string }

/** Where a member stands on the plan, as they said it in the conversation; left alone, their last answer stays. */
function PositionFields({
  member,
  now,
  value,
  error,
  onChange,
}: {
  member: Member
  now: PlanVersion['positions'][number] | undefined
  value: PositionValue
  error: string | undefined
  onChange: (value: PositionValue) => void
}) {
  const { t } = useTranslation()
  const name = fullName(member)
  const id = `plan-position-${member.id}`
  return (
    <div className="naast-form naast-plan-position-edit">
      <FormFieldSet
        id={id}
        kind="radio"
        legend={t('plan.positionOf', { name })}
        description={
          now
            ? t('plan.positionNow', {
                position: t(`plan.positions.${now.position}`),
                version: now.onVersion,
              })
            : undefined
        }
        error={error}
        requirement="none"
        inFieldSet
      >
        {(group) => (
          <>
            {(['', ...Position.options] as const).map((position) => (
              <Radio
                key={position || 'unchanged'}
                name={id}
                value={position}
                invalid={group.invalid}
                checked={value.position === position}
                onChange={() => onChange({ ...value, position })}
              >
                {position === '' ? t('plan.positionUnchanged') : t(`plan.positions.${position}`)}
              </Radio>
            ))}
          </>
        )}
      </FormFieldSet>
      {value.position !== '' && (
        <FormField
          id={`${id}-words`}
          label={t('plan.positionWords', { name: member.givenName })}
          requirement="optional"
        >
          {(control) => (
            <TextArea
              {...control}
              rows={2}
              value={value.words}
              onChange={(event) => onChange({ ...value, words: event.target.value })}
            />
          )}
        </FormField>
      )}
    </div>
  )
}
