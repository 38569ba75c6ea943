import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Heading, Link, Paragraph, Select, Table } from '@amsterdam/design-system-react'
import type { AnalysisComparison } from '#shared/contracts/analyses'
import type { HouseholdDetail } from '#shared/contracts/households'
import type { LifeDomain } from '#shared/contracts/conversations'
import { formatDateTime } from '#shared/domain/dates'
import { useFormErrors } from '../../../lib/form-errors.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { FormAlert, FormField, SubmitButton } from '../../../components/form.tsx'
import { QueryResult, useFocusOnMount } from '../../../components/query-states.tsx'
import { RouterLink } from '../../../components/router-link.tsx'
import { useAnalysisComparison } from '../api/compare-analyses.ts'
import { ScoreText } from './scores.tsx'

export type Snapshot = {
  id: number
  /** Counted from the first: two snapshots of the same minute stay apart. */
  number: number
  createdAt: string
  createdBy: { name: string }
  scored: number
}

type SnapshotsProps = {
  snapshots: Snapshot[]
  shownId: number | undefined
  /** Members × domains: how many cells a complete snapshot has. */
  total: number
  viewHref: (id: number) => string
}

/** Every snapshot by date, newest first, each one can be opened. */
export function SnapshotList({ snapshots, shownId, total, viewHref }: SnapshotsProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Table className="naast-table">
      <Table.Caption className="ams-visually-hidden">{t('analysis.snapshotsTitle')}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('analysis.snapshotNumber')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('analysis.date')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('analysis.by')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('analysis.scored')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="ams-visually-hidden">{t('analysis.view')}</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {snapshots.map((snapshot) => (
          <Table.Row key={snapshot.id}>
            <Table.HeaderCell scope="row">{snapshot.number}</Table.HeaderCell>
            <Table.Cell>{formatDateTime(snapshot.createdAt, language)}</Table.Cell>
            <Table.Cell>{snapshot.createdBy.name}</Table.Cell>
            <Table.Cell>{t('analysis.scoredCount', { count: snapshot.scored, total })}</Table.Cell>
            <Table.Cell>
              {snapshot.id === shownId ? (
                <span className="naast-secondary">{t('analysis.viewing')}</span>
              ) : (
                <Link href={viewHref(snapshot.id)} linkComponent={RouterLink}>
                  {t('analysis.viewSnapshot', { number: snapshot.number })}
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
  /** Newest first. */
  snapshots: Snapshot[]
}

/** Two snapshots side by side: which scores changed, before → after. */
export function CompareSnapshots({ household, domains, snapshots }: CompareProps) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const errors = useFormErrors()
  const [from, setFrom] = useState(String(snapshots[1]?.id ?? ''))
  const [to, setTo] = useState(String(snapshots[0]?.id ?? ''))
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null)
  const comparison = useAnalysisComparison(household.id, pair)
  const label = (snapshot: Snapshot) =>
    t('analysis.snapshotLabel', {
      number: snapshot.number,
      date: formatDateTime(snapshot.createdAt, language),
    })

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (from === to) return errors.showFieldErrors({ to: t('analysis.compareSame') })
    errors.clear()
    // The older of the two is "before", whichever way round they were chosen.
    const [a, b] = [Number(from), Number(to)]
    const order = new Map(snapshots.map((s) => [s.id, s.number]))
    setPair((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? { from: a, to: b } : { from: b, to: a })
  }

  return (
    <section className="naast-stack" aria-labelledby="analysis-compare">
      <Heading level={3} id="analysis-compare">
        {t('analysis.compareTitle')}
      </Heading>
      {snapshots.length < 2 ? (
        <Paragraph>{t('analysis.compareNeedsTwo')}</Paragraph>
      ) : (
        <>
          <FormAlert
            {...errors}
            fieldIds={{ from: 'analysis-compare-from', to: 'analysis-compare-to' }}
            headingLevel={4}
          />
          <form onSubmit={onSubmit} noValidate className="naast-form" aria-labelledby="analysis-compare">
            <div className="naast-field-row">
              {(
                [
                  ['from', from, setFrom, t('analysis.compareFrom')],
                  ['to', to, setTo, t('analysis.compareTo')],
                ] as const
              ).map(([name, value, setValue, fieldLabel]) => (
                <FormField
                  key={name}
                  id={`analysis-compare-${name}`}
                  label={fieldLabel}
                  error={errors.fieldErrors[name]}
                  requirement="none"
                >
                  {(control) => (
                    <Select {...control} value={value} onChange={(event) => setValue(event.target.value)}>
                      {snapshots.map((snapshot) => (
                        <Select.Option key={snapshot.id} value={String(snapshot.id)}>
                          {label(snapshot)}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </FormField>
              ))}
            </div>
            <SubmitButton
              busy={comparison.isFetching}
              label={t('analysis.compare')}
              busyLabel={t('analysis.compare')}
              variant="secondary"
            />
          </form>
          {pair && (
            <QueryResult query={comparison} errorHeadingLevel={3}>
              {(result) => (
                <Changes
                  key={`${result.from.id}-${result.to.id}`}
                  result={result}
                  household={household}
                  domains={domains}
                  numberOf={(id) => snapshots.find((s) => s.id === id)?.number ?? 0}
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
  numberOf,
}: {
  result: AnalysisComparison
  household: HouseholdDetail
  domains: LifeDomain[]
  numberOf: (id: number) => number
}) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const names = new Map<number, string>([
    ...household.members.map((m) => [m.id, `${m.givenName} ${m.familyName}`] as const),
    ...household.formerMembers.map((m) => [m.id, `${m.givenName} ${m.familyName}`] as const),
  ])
  const domainById = new Map(domains.map((d) => [d.id, d]))
  const memberOrder = new Map(household.members.map((m, i) => [m.id, i]))
  const domainOrder = new Map(domains.map((d, i) => [d.id, i]))
  const changes = [...result.changes].sort(
    (a, b) =>
      (memberOrder.get(a.personId) ?? 99) - (memberOrder.get(b.personId) ?? 99) ||
      (domainOrder.get(a.domainId) ?? 99) - (domainOrder.get(b.domainId) ?? 99),
  )
  // The result takes focus, so a keyboard or screen-reader user hears what changed at once.
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const from = numberOf(result.from.id)
  const to = numberOf(result.to.id)

  const direction = (before: number | null, after: number | null) => {
    if (before === null) return t('analysis.newlyScored')
    if (after === null) return t('analysis.noLongerScored')
    return after > before ? t('analysis.better') : t('analysis.worse')
  }

  return (
    <div className="naast-stack">
      <Heading level={4} ref={headingRef} tabIndex={-1} className="naast-focus-target">
        {t('analysis.compareResultTitle')}
      </Heading>
      {changes.length === 0 ? (
        <Paragraph>{t('analysis.compareNone')}</Paragraph>
      ) : (
        <Table className="naast-table">
          <Table.Caption>{t('analysis.compareCaption', { from, to })}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('analysis.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('analysis.domain')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('analysis.before')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('analysis.after')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('analysis.change')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {changes.map((change) => {
              const domain = domainById.get(change.domainId)
              return (
                <Table.Row key={`${change.personId}:${change.domainId}`}>
                  <Table.HeaderCell scope="row">
                    {names.get(change.personId) ?? t('analysis.formerMember')}
                  </Table.HeaderCell>
                  <Table.Cell>{domain ? domainName(domain, language) : ''}</Table.Cell>
                  <Table.Cell>
                    <ScoreText score={change.before} />
                  </Table.Cell>
                  <Table.Cell>
                    <span aria-hidden="true">→ </span>
                    <ScoreText score={change.after} />
                  </Table.Cell>
                  <Table.Cell>{direction(change.before, change.after)}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}
