import { useTranslation } from 'react-i18next'
import { Alert, DescriptionList, Heading, Paragraph, Table } from '@amsterdam/design-system-react'
import type { Analysis, AnalysisCell } from '#shared/contracts/analyses'
import { currentLanguage } from '../../../lib/i18n.ts'
import { domainName } from '../../../lib/life-domains.ts'
import { scoreClass, ScoreLegend, ScoreText } from './scores.tsx'

/** Members of this age and older are heard themselves; the server marks who is not heard yet. */
const heardFromAge = 12

export const cellKey = (personId: number, domainId: number) => `${personId}:${domainId}`

export function cellsByKey(analysis: Pick<Analysis, 'cells'>): Map<string, AnalysisCell> {
  return new Map(analysis.cells.map((cell) => [cellKey(cell.personId, cell.domainId), cell]))
}

/** One snapshot: the reminders, the matrix with its legend, the desired future and the notes per member. */
export function AnalysisView({ analysis }: { analysis: Analysis }) {
  return (
    <>
      <Reminders analysis={analysis} />
      <Matrix analysis={analysis} />
      <DesiredFuture analysis={analysis} />
      <MemberNotes analysis={analysis} />
    </>
  )
}

/** "15 jaar", or that the age is not known (no birthdate yet). */
function useAgeText() {
  const { t } = useTranslation()
  return (age: number | null) =>
    age === null ? t('analysis.ageUnknown') : t('analysis.ageYears', { count: age })
}

/** What is not assessed or not heard yet: a reminder, never a block (DOMAIN principle 6). */
function Reminders({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation()
  const ageText = useAgeText()
  const language = currentLanguage()
  const memberById = new Map(analysis.members.map((m) => [m.id, m]))
  const domainById = new Map(analysis.domains.map((d) => [d.id, d]))
  if (analysis.notAssessed.length === 0 && analysis.notHeard.length === 0) return null
  return (
    <Alert
      severity="warning"
      heading={t('analysis.remindersTitle')}
      headingLevel={2}
      className="naast-analysis-reminders"
    >
      <div className="naast-stack naast-alert-body">
        <Paragraph>{t('analysis.remindersIntro')}</Paragraph>
        <ul className="naast-plain-list">
          {analysis.notAssessed.map((item) => {
            const member = memberById.get(item.personId)
            if (!member) return null
            return (
              <li key={`assess-${item.personId}`}>
                {t('analysis.notAssessedFor', {
                  name: member.name,
                  count: item.domainIds.length,
                  domains: item.domainIds
                    .map((id) => domainById.get(id))
                    .filter((domain) => domain !== undefined)
                    .map((domain) => domainName(domain, language))
                    .join(', '),
                })}
              </li>
            )
          })}
          {analysis.notHeard.map((personId) => {
            const member = memberById.get(personId)
            if (!member) return null
            return (
              <li key={`heard-${personId}`}>
                {t('analysis.notHeardFor', { name: member.name, age: ageText(member.age) })}
              </li>
            )
          })}
        </ul>
      </div>
    </Alert>
  )
}

/**
 * The matrix as a real table: a row per life domain, a column per member (so it fits the page), both with
 * headers, so a screen reader says "Wonen, Kim Jansen: 3 beperkt zelfredzaam". Colour helps the eye; the number
 * and the word carry the meaning.
 */
function Matrix({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation()
  const ageText = useAgeText()
  const language = currentLanguage()
  const cells = cellsByKey(analysis)
  return (
    <section className="naast-stack" aria-labelledby="analysis-matrix">
      <Heading level={2} id="analysis-matrix">
        {t('analysis.matrixTitle')}
      </Heading>
      <Table className="naast-table naast-matrix">
        <Table.Caption className="ams-visually-hidden">{t('analysis.matrixCaption')}</Table.Caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('analysis.domain')}</Table.HeaderCell>
            {analysis.members.map((member) => (
              <Table.HeaderCell key={member.id} scope="col">
                <span className="naast-line">{member.name}</span>
                <span className="naast-line naast-secondary">
                  {ageText(member.age)}
                  {member.age !== null && member.age >= heardFromAge && (
                    <>
                      {' · '}
                      {analysis.notHeard.includes(member.id) ? (
                        <span className="naast-heard naast-heard--no">{t('analysis.notHeard')}</span>
                      ) : (
                        <span className="naast-heard">
                          <span aria-hidden="true">✓ </span>
                          {t('analysis.heard')}
                        </span>
                      )}
                    </>
                  )}
                </span>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {analysis.domains.map((domain) => (
            <Table.Row key={domain.id}>
              <Table.HeaderCell scope="row">{domainName(domain, language)}</Table.HeaderCell>
              {analysis.members.map((member) => {
                const score = cells.get(cellKey(member.id, domain.id))?.score ?? null
                return (
                  <Table.Cell key={member.id} className={scoreClass(score)}>
                    <ScoreText score={score} />
                  </Table.Cell>
                )
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ScoreLegend headingLevel={3} />
    </section>
  )
}

function DesiredFuture({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation()
  return (
    <section className="naast-stack" aria-labelledby="analysis-desired-future">
      <Heading level={2} id="analysis-desired-future">
        {t('analysis.desiredFuture')}
      </Heading>
      <Paragraph className="naast-readable naast-analysis__text">
        {analysis.desiredFuture ?? t('analysis.desiredFutureEmpty')}
      </Paragraph>
    </section>
  )
}

/** Notes, strengths, what carries the score and the person's own words, per member and domain. */
function MemberNotes({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  const cells = cellsByKey(analysis)
  return (
    <section className="naast-stack" aria-labelledby="analysis-notes">
      <Heading level={2} id="analysis-notes">
        {t('analysis.detailsTitle')}
      </Heading>
      {analysis.members.map((member) => {
        const withNotes = analysis.domains.flatMap((domain) => {
          const cell = cells.get(cellKey(member.id, domain.id))
          const hasNotes = cell && (cell.note || cell.strengths || cell.ownView || cell.carriedBy.length > 0)
          return hasNotes ? [{ domain, cell }] : []
        })
        return (
          <div key={member.id} className="naast-stack naast-analysis-member">
            <Heading level={3}>{member.name}</Heading>
            {withNotes.length === 0 ? (
              <Paragraph>{t('analysis.detailsEmpty', { name: member.name })}</Paragraph>
            ) : (
              withNotes.map(({ domain, cell }) => (
                <div key={domain.id} className="naast-stack naast-analysis-note">
                  <Heading level={4}>{domainName(domain, language)}</Heading>
                  <DescriptionList termsWidth="medium">
                    <DescriptionList.Term>{t('analysis.score')}</DescriptionList.Term>
                    <DescriptionList.Description>
                      <ScoreText score={cell.score} />
                    </DescriptionList.Description>
                    {cell.note && (
                      <>
                        <DescriptionList.Term>{t('analysis.note')}</DescriptionList.Term>
                        <DescriptionList.Description className="naast-analysis__text">
                          {cell.note}
                        </DescriptionList.Description>
                      </>
                    )}
                    {cell.strengths && (
                      <>
                        <DescriptionList.Term>{t('analysis.strengths')}</DescriptionList.Term>
                        <DescriptionList.Description className="naast-analysis__text">
                          {cell.strengths}
                        </DescriptionList.Description>
                      </>
                    )}
                    {cell.carriedBy.length > 0 && (
                      <>
                        <DescriptionList.Term>{t('analysis.carriedBy')}</DescriptionList.Term>
                        <DescriptionList.Description>
                          {cell.carriedBy.map((c) => t(`analysis.carriedByOptions.${c}`)).join(', ')}
                        </DescriptionList.Description>
                      </>
                    )}
                    {cell.ownView && (
                      <>
                        <DescriptionList.Term>{t('analysis.ownView')}</DescriptionList.Term>
                        <DescriptionList.Description className="naast-analysis__text">
                          “{cell.ownView}”
                        </DescriptionList.Description>
                      </>
                    )}
                  </DescriptionList>
                </div>
              ))
            )}
          </div>
        )
      })}
    </section>
  )
}
