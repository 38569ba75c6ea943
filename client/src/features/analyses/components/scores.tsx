import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'

/** The five levels of self-reliance (zelfredzaamheid), 1 acute problems … 5 fully self-reliant. */
export const scoreLevels = [1, 2, 3, 4, 5] as const
export type ScoreLevel = (typeof scoreLevels)[number]

export function isScoreLevel(value: number | null | undefined): value is ScoreLevel {
  return value !== null && value !== undefined && (scoreLevels as readonly number[]).includes(value)
}

/** "3 beperkt zelfredzaam": the number and the word, so the score never depends on colour alone. */
export function ScoreText({ score }: { score: number | null }) {
  const { t } = useTranslation()
  if (!isScoreLevel(score)) return <span className="naast-score-text--none">{t('analysis.notAssessed')}</span>
  return (
    <span className="naast-score-text">
      <span className="naast-score-text__number">{score}</span> {t(`analysis.levels.${score}`)}
    </span>
  )
}

/** The class that colours a cell by its score; an unassessed cell is white with a dashed edge. */
export function scoreClass(score: number | null): string {
  return isScoreLevel(score) ? `naast-score naast-score--${score}` : 'naast-score naast-score--none'
}

/** What each level means, with its colour beside it. */
export function ScoreLegend({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useTranslation()
  return (
    <div className="naast-stack">
      <Heading level={headingLevel} id="analysis-legend">
        {t('analysis.legendTitle')}
      </Heading>
      <ul className="naast-score-legend" aria-labelledby="analysis-legend">
        {scoreLevels.map((level) => (
          <li key={level} className="naast-score-legend__item">
            <span className={`${scoreClass(level)} naast-score-legend__swatch`} aria-hidden="true">
              {level}
            </span>
            <Paragraph>
              <strong>
                {level} {t(`analysis.levels.${level}`)}
              </strong>
              {' – '}
              {t(`analysis.levelDescriptions.${level}`)}
            </Paragraph>
          </li>
        ))}
      </ul>
    </div>
  )
}
