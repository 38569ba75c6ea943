import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import type { LifeDomain } from '#shared/contracts/conversations'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { PlanChange, PlanComparison, PlanOverview, PlanVersion } from '#shared/contracts/plans'
import { formatDate, formatDateTime } from '#shared/domain/dates'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { usePlanComparison } from '../api/compare-plan-versions.ts'
import { peopleById, useDomainNames, useSummaryText } from './plan-words.ts'

type Versions = PlanOverview['versions']

type VersionListProps = {
  versions: Versions
  shown: number | undefined
  viewHref: (version: number) => string
}

/** Every version, newest first: when, by whom, and what changed, in words. */
export function VersionList({ versions, shown, viewHref }: VersionListProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const summaryText = useSummaryText()
  const newestFirst = [...versions].sort((a, b) => b.version - a.version)
  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('plan.versionsCaption')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('plan.version')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('plan.date')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('plan.by')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('plan.changes')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="ams-visually-hidden">{t('plan.view')}</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {newestFirst.map((version) => (
          <Table.Row key={version.version}>
            <Table.HeaderCell scope="row">{version.version}</Table.HeaderCell>
            <Table.Cell>{formatDateTime(version.createdAt, language)}</Table.Cell>
            <Table.Cell>{version.createdBy}</Table.Cell>
            <Table.Cell>{summaryText(version.summary)}</Table.Cell>
            <Table.Cell>
              {version.version === shown ? (
                <span className="naast-secondary">{t('plan.viewing')}</span>
              ) : (
                <Link href={viewHref(version.version)} linkComponent={RouterLink}>
                  {t('plan.viewVersion', { version: version.version })}
                </Link>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

type CompareProps = {
  household: HouseholdDetail
  domains: LifeDomain[]
  versions: Versions
}

/** Two versions side by side: every change in words, before → after. */
export function CompareVersions({ household, domains, versions }: CompareProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const errors = useFormErrors()
  const newestFirst = [...versions].sort((a, b) => b.version - a.version)
  const [from, setFrom] = useState(String(newestFirst[1]?.version ?? ''))
  const [to, setTo] = useState(String(newestFirst[0]?.version ?? ''))
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null)
  const comparison = usePlanComparison(household.id, pair)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (from === to) return errors.showFieldErrors({ to: t('plan.compareSame') })
    errors.clear()
    // The older of the two is "before", whichever way round they were chosen.
    const [a, b] = [Number(from), Number(to)]
    setPair(a < b ? { from: a, to: b } : { from: b, to: a })
  }

  return (
    <section className="naast-stack" aria-labelledby="plan-compare">
      <Heading level={3} id="plan-compare">
        {t('plan.compareTitle')}
      </Heading>
      {versions.length < 2 ? (
        <Paragraph>{t('plan.compareNeedsTwo')}</Paragraph>
      ) : (
        <>
          <FormAlert
            {...errors}
            fieldIds={{ from: 'plan-compare-from', to: 'plan-compare-to' }}
            headingLevel={4}
          />
          <form onSubmit={onSubmit} noValidate className="naast-form" aria-labelledby="plan-compare">
            <div className="naast-field-row">
              {(
                [
                  ['from', from, setFrom, t('plan.compareFrom')],
                  ['to', to, setTo, t('plan.compareTo')],
                ] as const
              ).map(([name, value, setValue, label]) => (
                <FormField
                  key={name}
                  id={`plan-compare-${name}`}
                  label={label}
                  error={errors.fieldErrors[name]}
                  requirement="none"
                >
                  {(control) => (
                    <Select {...control} value={value} onChange={(event) => setValue(event.target.value)}>
                      {newestFirst.map((version) => (
                        <Select.Option key={version.version} value={String(version.version)}>
                          {t('plan.versionLabel', {
                            version: version.version,
                            date: formatDateTime(version.createdAt, language),
                          })}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </FormField>
              ))}
            </div>
            <SubmitButton
              busy={comparison.isFetching}
              label={t('plan.compare')}
              busyLabel={t('plan.compare')}
              variant="secondary"
            />
          </form>
          {pair && (
            <QueryResult query={comparison} errorHeadingLevel={3}>
              {(result) => (
                <Changes
                  key={`${result.from.version}-${result.to.version}`}
                  result={result}
                  household={household}
                  domains={domains}
                />
              )}
            </QueryResult>
          )}
        </>
      )}
    </section>
  )
}

function Changes({
  result,
  household,
  domains,
}: {
  result: PlanComparison
  household: HouseholdDetail
  domains: LifeDomain[]
}) {
  const { t } = useTranslation()
  const describe = useChangeWords(result, household, domains)
  // The result takes focus, so a keyboard or screen-reader user hears what changed at once.
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <div className="naast-stack">
      <Heading level={4} ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('plan.compareResultTitle')}
      </Heading>
      {result.changes.length === 0 ? (
        <Paragraph>{t('plan.compareNone')}</Paragraph>
      ) : (
        <Table className="naast-table naast-plan-changes">
          <Table.Caption>
            {t('plan.compareCaption', { from: result.from.version, to: result.to.version })}
          </Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('plan.changeWhat')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.changeKind')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.before')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('plan.after')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {result.changes.map((change, index) => {
              const words = describe(change)
              return (
                <Table.Row key={index}>
                  <Table.HeaderCell scope="row" className="naast-plan-words">
                    {words.what}
                  </Table.HeaderCell>
                  <Table.Cell>{words.kind}</Table.Cell>
                  <Table.Cell className="naast-plan-words">{words.before}</Table.Cell>
                  <Table.Cell className="naast-plan-words">
                    {change.change !== 'removed' && <span aria-hidden="true">→ </span>}
                    {words.after}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}

type Labels = Record<string, Record<string, string>>

/**
 * A change as words a worker can read: which goal or action (by its text in either version), what about it
 * changed, and the values before and after in the user's language (statuses, names, dates, yes/no).
 */
function useChangeWords(result: PlanComparison, household: HouseholdDetail, domains: LifeDomain[]) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const names = peopleById(household)
  const domainNames = useDomainNames(domains)
  const fields = t('plan.changeFields', { returnObjects: true }) as Labels
  const versions: PlanVersion[] = [result.to, result.from]
  const goalText = (key: string | null) =>
    versions.flatMap((v) => v.goals).find((g) => g.key === key)?.text ?? ''
  const actionText = (key: string | null) =>
    versions.flatMap((v) => v.goals.flatMap((g) => g.actions)).find((a) => a.key === key)?.text ?? ''
  const positionName = (key: string | null) =>
    versions.flatMap((v) => v.positions).find((p) => String(p.personId) === key)?.name ??
    names.get(Number(key)) ??
    t('plan.formerMember')
  const positionWord = (value: string) =>
    value === 'agrees' || value === 'partly' || value === 'disagrees' ? t(`plan.positions.${value}`) : value
  const ids = (value: string) =>
    value
      .split(',')
      .map((part) => Number(part.trim()))
      .filter((n) => Number.isInteger(n) && n > 0)

  function value(change: PlanChange, raw: string | null): string {
    if (raw === null || raw === '') return t('plan.emptyValue')
    const field = `${change.area}.${change.field ?? ''}`
    switch (field) {
      case 'goal.safety':
      case 'goal.private':
        return raw === 'true' ? t('plan.yes') : t('plan.no')
      case 'goal.domains':
        return domainNames(ids(raw)).join(', ')
      case 'goal.hiddenFrom':
        return ids(raw)
          .map((id) => names.get(id) ?? t('plan.formerMember'))
          .join(', ')
      case 'goal.view': {
        // "Name: agrees, their words" as the diff wrote it.
        const match = raw.match(/^(.*?): (agrees|partly|disagrees|-), ([\s\S]*)$/)
        if (!match) return raw
        const position = match[2] === '-' ? t('plan.noPosition') : positionWord(match[2]!)
        return `${match[1]}: ${position}${match[3] ? ` – “${match[3]}”` : ''}`
      }
      case 'action.status':
        return raw === 'planned' || raw === 'started' || raw === 'done' || raw === 'stopped'
          ? t(`plan.statuses.${raw}`)
          : raw
      case 'action.dueOn':
      case 'evaluation.evaluationOn':
        return formatDate(raw, language)
      case 'direction.holder':
        return raw === 'household' || raw === 'worker' || raw === 'other'
          ? t(`plan.directionHolders.${raw}`)
          : raw
      case 'position.position':
        return positionWord(raw)
      default:
        break
    }
    // An added or removed position reads "Name: agrees"; the name already stands in the first column.
    if (change.area === 'position' && change.field === null) {
      const position = raw.split(': ').at(-1) ?? raw
      return positionWord(position)
    }
    return raw
  }

  return (change: PlanChange) => {
    const area = t(`plan.areas.${change.area}`)
    const named = change.change === 'changed'
    const what =
      named && change.area === 'goal'
        ? t('plan.itemLabel', { area, text: goalText(change.key) })
        : named && change.area === 'action'
          ? t('plan.itemLabel', { area, text: actionText(change.key) })
          : change.area === 'position'
            ? t('plan.itemOfPerson', { area, name: positionName(change.key) })
            : change.area === 'domainWithoutGoal'
              ? t('plan.itemOfPerson', { area, name: domainNames([Number(change.key)])[0] ?? '' })
              : area
    const fieldLabel = change.field ? fields[change.area]?.[change.field] : undefined
    const kind = fieldLabel
      ? t(`plan.changeKindsField.${change.change}`, { field: fieldLabel })
      : t(`plan.changeKinds.${change.change}`)
    return {
      what,
      kind,
      before: change.change === 'added' ? '' : value(change, change.before),
      after: change.change === 'removed' ? '' : value(change, change.after),
    }
  }
}
