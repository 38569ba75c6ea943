import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Radio,
  Row,
  Tabs,
  TextArea,
} from '@amsterdam/design-system-react'
import {
  CarriedBy,
  SaveAnalysisInput,
  type Analysis,
  type AnalysisCellInput,
} from '#shared/contracts/analyses'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import { useFormErrors, validate, type FieldErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { FormAlert, FormField, FormFieldSet, SubmitButton } from '../../../components/form.tsx'
import { useFocusOnMount } from '../../../components/query-states.tsx'
import { useSaveAnalysis } from '../api/save-analysis.ts'
import { cellKey, cellsByKey } from './analysis-view.tsx'
import { scoreLevels } from './scores.tsx'

type CarriedByValue = (typeof CarriedBy.options)[number]

type CellDraft = {
  score: number | null
  note: string
  strengths: string
  carriedBy: CarriedByValue[]
  ownView: string
}

type Draft = {
  cells: Record<string, CellDraft>
  heard: Record<number, boolean>
  desiredFuture: string
}

type Member = HouseholdDetail['members'][number]

const heardFromAge = 12
const emptyCell: CellDraft = { score: null, note: '', strengths: '', carriedBy: [], ownView: '' }
const panelId = (memberId: number) => `analysis-member-${memberId}`
const fieldId = (memberId: number, domainId: number, field: string) =>
  `analysis-${memberId}-${domainId}-${field}`

/** A new snapshot starts from the latest: every cell, mark and the desired future as they were. */
function draftFrom(latest: Analysis | undefined): Draft {
  const cells: Record<string, CellDraft> = {}
  for (const [key, cell] of latest ? cellsByKey(latest) : []) {
    cells[key] = {
      score: cell.score,
      note: cell.note ?? '',
      strengths: cell.strengths ?? '',
      carriedBy: cell.carriedBy,
      ownView: cell.ownView ?? '',
    }
  }
  return {
    cells,
    heard: Object.fromEntries((latest?.heard ?? []).map((h) => [h.personId, h.heard])),
    desiredFuture: latest?.desiredFuture ?? '',
  }
}

const hasContent = (cell: CellDraft) =>
  cell.score !== null ||
  cell.note.trim() !== '' ||
  cell.strengths.trim() !== '' ||
  cell.ownView.trim() !== '' ||
  cell.carriedBy.length > 0

const fullName = (member: Member) => `${member.givenName} ${member.familyName}`

type AnalysisEditorProps = {
  household: HouseholdDetail
  domains: LifeDomain[]
  latest: Analysis | undefined
  onSaved: (analysis: Analysis) => void
  onCancel: () => void
}

/**
 * A new snapshot, one member at a time (a tab each): per life domain the score, a note, the strengths, what
 * carries it and the person's own words; then the household's desired future. Nothing is required: what stays
 * open is shown as "nog niet beoordeeld".
 */
export function AnalysisEditor({ household, domains, latest, onSaved, onCancel }: AnalysisEditorProps) {
  const { t } = useTranslation()
  const save = useSaveAnalysis(household.id)
  const errors = useFormErrors()
  const [draft, setDraft] = useState<Draft>(() => draftFrom(latest))
  const members = household.members
  const [activeMember, setActiveMember] = useState(members[0]?.id)
  const [fieldIds, setFieldIds] = useState<Record<string, string>>({})
  // Opening the editor moves focus to its title, so keyboard and screen-reader users start there.
  const titleRef = useFocusOnMount<HTMLHeadingElement>()

  const setCell = (memberId: number, domainId: number, change: Partial<CellDraft>) =>
    setDraft((previous) => {
      const key = cellKey(memberId, domainId)
      return {
        ...previous,
        cells: { ...previous.cells, [key]: { ...(previous.cells[key] ?? emptyCell), ...change } },
      }
    })

  function goToMember(memberId: number) {
    setActiveMember(memberId)
    // The new panel's heading takes focus, so the keyboard user starts at the top of that member.
    window.setTimeout(() => document.getElementById(`${panelId(memberId)}-title`)?.focus(), 0)
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (save.isPending) return
    // Only cells with something in them are sent; the field id of each is kept to place an error.
    const sent: { cell: AnalysisCellInput; memberId: number; domainId: number }[] = []
    for (const member of members)
      for (const domain of domains) {
        const cell = draft.cells[cellKey(member.id, domain.id)]
        if (!cell || !hasContent(cell)) continue
        sent.push({
          memberId: member.id,
          domainId: domain.id,
          cell: {
            personId: member.id,
            domainId: domain.id,
            score: cell.score,
            note: cell.note.trim() || undefined,
            strengths: cell.strengths.trim() || undefined,
            carriedBy: cell.carriedBy,
            ownView: cell.ownView.trim() || undefined,
          },
        })
      }
    const ids: Record<string, string> = { desiredFuture: 'analysis-desired-future-field' }
    const labels: Record<string, string> = {}
    sent.forEach(({ memberId, domainId }, index) => {
      const member = members.find((m) => m.id === memberId)!
      const domain = domains.find((d) => d.id === domainId)!
      for (const field of ['score', 'note', 'strengths', 'carriedBy', 'ownView', 'personId', 'domainId']) {
        ids[`cells.${index}.${field}`] = fieldId(
          memberId,
          domainId,
          field === 'personId' || field === 'domainId' ? 'score' : field,
        )
      }
      ids[`cells.${index}`] = fieldId(memberId, domainId, 'score')
      labels[`cells.${index}`] = `${fullName(member)} – ${domainName(domain, currentLanguage())}`
    })
    setFieldIds(ids)

    const checked = validate(SaveAnalysisInput, {
      desiredFuture: draft.desiredFuture.trim() || undefined,
      cells: sent.map((s) => s.cell),
      heard: members
        .filter((m) => m.age !== null && m.age >= heardFromAge)
        .map((m) => ({ personId: m.id, heard: draft.heard[m.id] ?? false })),
    })
    if (!checked.ok) return showErrors(checked.fieldErrors, sent)
    errors.clear()
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        errors.showError(error)
        const first = Object.keys((error as { fieldErrors?: FieldErrors }).fieldErrors ?? {})[0]
        openMemberOf(first, sent)
      },
    })
  }

  /** An error in another member's tab opens that tab, so the summary's link leads to a visible field. */
  function openMemberOf(field: string | undefined, sent: { memberId: number }[]) {
    const index = field?.match(/^cells\.(\d+)/)?.[1]
    const memberId = index === undefined ? undefined : sent[Number(index)]?.memberId
    if (memberId !== undefined) setActiveMember(memberId)
  }

  function showErrors(fieldErrors: FieldErrors, sent: { memberId: number }[]) {
    errors.showFieldErrors(fieldErrors)
    openMemberOf(Object.keys(fieldErrors)[0], sent)
  }

  if (members.length === 0) {
    return (
      <div className="naast-stack">
        <Paragraph>{t('analysis.noMembers')}</Paragraph>
        <Button variant="secondary" onClick={onCancel}>
          {t('analysis.cancel')}
        </Button>
      </div>
    )
  }

  return (
    <section className="naast-stack" aria-labelledby="analysis-edit-title">
      <Heading level={2} id="analysis-edit-title" ref={titleRef} tabIndex={-1} className="naast-focus-target">
        {t('analysis.editTitle')}
      </Heading>
      <Paragraph className="naast-readable">
        {latest ? t('analysis.editIntroAgain') : t('analysis.editIntroFirst')}
      </Paragraph>
      <FormAlert {...errors} fieldIds={fieldIds} headingLevel={3} formErrorTitle={t('analysis.saveFailed')} />
      <form onSubmit={onSubmit} noValidate className="naast-form" aria-labelledby="analysis-edit-title">
        <Tabs
          activeTab={activeMember === undefined ? undefined : panelId(activeMember)}
          onTabChange={(id) => setActiveMember(Number(id.replace('analysis-member-', '')))}
          className="naast-analysis-tabs"
        >
          <Tabs.List aria-label={t('analysis.membersTabs')}>
            {members.map((member) => (
              <Tabs.Button key={member.id} aria-controls={panelId(member.id)}>
                {fullName(member)}
              </Tabs.Button>
            ))}
          </Tabs.List>
          {members.map((member, index) => (
            <Tabs.Panel key={member.id} id={panelId(member.id)}>
              <MemberCells
                member={member}
                next={members[index + 1]}
                domains={domains}
                draft={draft}
                fieldErrors={errors.fieldErrors}
                fieldIds={fieldIds}
                onCell={setCell}
                onHeard={(heard) =>
                  setDraft((previous) => ({ ...previous, heard: { ...previous.heard, [member.id]: heard } }))
                }
                onNext={goToMember}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
        <FormField
          id="analysis-desired-future-field"
          label={t('analysis.desiredFuture')}
          description={t('analysis.desiredFutureHint')}
          error={errors.fieldErrors.desiredFuture}
          requirement="optional"
        >
          {(control) => (
            <TextArea
              {...control}
              rows={4}
              value={draft.desiredFuture}
              onChange={(event) =>
                setDraft((previous) => ({ ...previous, desiredFuture: event.target.value }))
              }
            />
          )}
        </FormField>
        <Row gap="small" wrap>
          <SubmitButton busy={save.isPending} label={t('analysis.save')} busyLabel={t('analysis.saving')} />
          <Button variant="secondary" onClick={onCancel}>
            {t('analysis.cancel')}
          </Button>
        </Row>
      </form>
    </section>
  )
}

type MemberCellsProps = {
  member: Member
  next: Member | undefined
  domains: LifeDomain[]
  draft: Draft
  fieldErrors: FieldErrors
  fieldIds: Record<string, string>
  onCell: (memberId: number, domainId: number, change: Partial<CellDraft>) => void
  onHeard: (heard: boolean) => void
  onNext: (memberId: number) => void
}

/** One member: the "heard" mark (12 and older), then each life domain. */
function MemberCells({
  member,
  next,
  domains,
  draft,
  fieldErrors,
  fieldIds,
  onCell,
  onHeard,
  onNext,
}: MemberCellsProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const name = fullName(member)
  const age = member.age === null ? t('analysis.ageUnknown') : t('analysis.ageYears', { count: member.age })
  const errorFor = (domainId: number, field: string) => {
    const id = fieldId(member.id, domainId, field)
    const key = Object.keys(fieldErrors).find((k) => fieldIds[k] === id)
    return key ? fieldErrors[key] : undefined
  }

  return (
    <div className="naast-stack naast-analysis-panel">
      <Heading level={3} id={`${panelId(member.id)}-title`} tabIndex={-1} className="naast-focus-target">
        {t('analysis.memberTitle', { name, age })}
      </Heading>
      {member.age !== null && member.age >= heardFromAge && (
        <div className="naast-field">
          <Checkbox
            id={`analysis-heard-${member.id}`}
            aria-describedby={`analysis-heard-${member.id}-hint`}
            checked={draft.heard[member.id] ?? false}
            onChange={(event) => onHeard(event.target.checked)}
          >
            {t('analysis.heardCheckbox', { name })}
          </Checkbox>
          <Paragraph id={`analysis-heard-${member.id}-hint`} size="small" className="naast-checkbox-hint">
            {t('analysis.heardHint')}
          </Paragraph>
        </div>
      )}
      {domains.map((domain) => {
        const cell = draft.cells[cellKey(member.id, domain.id)] ?? emptyCell
        const domainLabel = domainName(domain, language)
        const hasText = cell.note || cell.strengths || cell.ownView || cell.carriedBy.length > 0
        const textError = ['note', 'strengths', 'carriedBy', 'ownView'].some((f) => errorFor(domain.id, f))
        return (
          <div key={domain.id} className="naast-analysis-cell">
            <FormFieldSet
              id={fieldId(member.id, domain.id, 'score')}
              kind="radio"
              legend={domainLabel}
              requirement="none"
              error={errorFor(domain.id, 'score')}
              className="naast-fieldset--row"
            >
              {(group) => (
                <>
                  {scoreLevels.map((level) => (
                    <Radio
                      key={level}
                      name={`score-${member.id}-${domain.id}`}
                      value={String(level)}
                      invalid={group.invalid}
                      checked={cell.score === level}
                      onChange={() => onCell(member.id, domain.id, { score: level })}
                    >
                      {level} {t(`analysis.levels.${level}`)}
                    </Radio>
                  ))}
                  <Radio
                    name={`score-${member.id}-${domain.id}`}
                    value=""
                    invalid={group.invalid}
                    checked={cell.score === null}
                    onChange={() => onCell(member.id, domain.id, { score: null })}
                  >
                    {t('analysis.noScore')}
                  </Radio>
                </>
              )}
            </FormFieldSet>
            <Folded
              summary={t('analysis.moreFor', { domain: domainLabel })}
              initiallyOpen={Boolean(hasText)}
              forceOpen={textError}
            >
              <FormField
                id={fieldId(member.id, domain.id, 'note')}
                label={t('analysis.noteFor', { domain: domainLabel })}
                error={errorFor(domain.id, 'note')}
                requirement="optional"
              >
                {(control) => (
                  <TextArea
                    {...control}
                    rows={2}
                    value={cell.note}
                    onChange={(event) => onCell(member.id, domain.id, { note: event.target.value })}
                  />
                )}
              </FormField>
              <FormField
                id={fieldId(member.id, domain.id, 'strengths')}
                label={t('analysis.strengthsFor', { domain: domainLabel })}
                error={errorFor(domain.id, 'strengths')}
                requirement="optional"
              >
                {(control) => (
                  <TextArea
                    {...control}
                    rows={2}
                    value={cell.strengths}
                    onChange={(event) => onCell(member.id, domain.id, { strengths: event.target.value })}
                  />
                )}
              </FormField>
              <FormFieldSet
                id={fieldId(member.id, domain.id, 'carriedBy')}
                kind="checkbox"
                legend={t('analysis.carriedByFor', { domain: domainLabel })}
                error={errorFor(domain.id, 'carriedBy')}
                requirement="optional"
                className="naast-fieldset--row"
              >
                {(group) =>
                  CarriedBy.options.map((option) => (
                    <Checkbox
                      key={option}
                      invalid={group.invalid}
                      checked={cell.carriedBy.includes(option)}
                      onChange={(event) =>
                        onCell(member.id, domain.id, {
                          carriedBy: event.target.checked
                            ? [...cell.carriedBy, option]
                            : cell.carriedBy.filter((other) => other !== option),
                        })
                      }
                    >
                      {t(`analysis.carriedByOptions.${option}`)}
                    </Checkbox>
                  ))
                }
              </FormFieldSet>
              <FormField
                id={fieldId(member.id, domain.id, 'ownView')}
                label={t('analysis.ownViewFor', { name: member.givenName, domain: domainLabel })}
                description={t('analysis.ownViewHint', { name: member.givenName })}
                error={errorFor(domain.id, 'ownView')}
                requirement="optional"
              >
                {(control) => (
                  <TextArea
                    {...control}
                    rows={2}
                    value={cell.ownView}
                    onChange={(event) => onCell(member.id, domain.id, { ownView: event.target.value })}
                  />
                )}
              </FormField>
            </Folded>
          </div>
        )
      })}
      {next && (
        <Button variant="secondary" onClick={() => onNext(next.id)}>
          {t('analysis.nextMember', { name: fullName(next) })}
        </Button>
      )}
    </div>
  )
}

/**
 * The longer fields of a cell, folded away so the scores stay in view. Opens by itself when it holds text (in a
 * snapshot that starts from the last) or an error; after that the user decides.
 */
function Folded({
  summary,
  initiallyOpen,
  forceOpen,
  children,
}: {
  summary: string
  initiallyOpen: boolean
  forceOpen: boolean
  children: ReactNode
}) {
  const [open, setOpen] = useState(initiallyOpen)
  return (
    <details
      className="naast-details"
      open={open || forceOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div className="naast-details__body naast-form">{children}</div>
    </details>
  )
}
