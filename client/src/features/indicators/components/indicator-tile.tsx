import { useTranslation } from 'react-i18next'
import { Heading, Paragraph } from '@amsterdam/design-system-react'
import type { Figure, Indicator, QuarterFigure } from '#shared/contracts/indicators'
import { percentage } from '#shared/domain/indicators'
import type { Language } from '#shared/domain/dates'
import { currentLanguage } from '../../../lib/i18n.ts'
import { barWidthClass } from '../../../lib/bar-width.ts'
import { formatNumber, quarterText } from '../csv.ts'
import { trendSteps } from './trend-steps.ts'

/** "4 dagen", "50%", or null when there was nothing to count. */
function useFigureText() {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (figure: Figure, unit: Indicator['unit']): string | null => {
    if (figure.value === null) return null
    if (unit === 'days')
      return t('indicators.days', { count: figure.value, value: formatNumber(figure.value, language) })
    return t('indicators.percent', { value: formatNumber(percentage(figure.value)!, language) })
  }
}

/**
 * One indicator: the figure of the chosen quarter large, what it was counted over, its one-line definition,
 * and the three quarters before it as small bars with the numbers written beside them.
 */
export function IndicatorTile({
  indicator,
  pictureMaxAgeDays,
}: {
  indicator: Indicator
  pictureMaxAgeDays: number
}) {
  const { t } = useTranslation()
  const figureText = useFigureText()
  const { key, unit, current } = indicator
  const headingId = `cijfer-${key}`
  const value = figureText(current, unit)
  const basis =
    unit === 'days'
      ? t(`indicators.basis.${key}`, { count: current.n })
      : t(`indicators.basis.${key}`, { count: current.n, part: current.count ?? 0 })
  return (
    <li className="naast-indicator">
      <article className="naast-indicator__body" aria-labelledby={headingId}>
        <Heading level={3} size="level-4" id={headingId}>
          {t(`indicators.names.${key}`)}
        </Heading>
        <p
          className={
            value === null ? 'naast-indicator__value naast-indicator__value--none' : 'naast-indicator__value'
          }
        >
          {value ?? t('indicators.noFigure')}
        </p>
        <Paragraph size="small" className="naast-indicator__basis">
          {current.n === 0 ? t('indicators.nothingToCount') : basis}
        </Paragraph>
        {current.withinFiveDays && <WithinFiveDays figure={current.withinFiveDays} />}
        <Paragraph size="small" className="naast-indicator__definition">
          {t(indicator.definitionKey, { days: pictureMaxAgeDays })}
        </Paragraph>
        <Trend indicator={indicator} headingId={headingId} />
      </article>
    </li>
  )
}

function WithinFiveDays({ figure }: { figure: Figure }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <Paragraph size="small" className="naast-indicator__within">
      {figure.value === null
        ? t('indicators.withinFiveDaysNone')
        : t('indicators.withinFiveDays', {
            percent: t('indicators.percent', { value: formatNumber(percentage(figure.value)!, language) }),
            part: figure.count ?? 0,
            count: figure.n,
          })}
    </Paragraph>
  )
}

/** The previous three quarters and this one, oldest first; the bars are decoration, the words say it all. */
function Trend({ indicator, headingId }: { indicator: Indicator; headingId: string }) {
  const { t } = useTranslation()
  const figureText = useFigureText()
  const language: Language = currentLanguage()
  const figures: QuarterFigure[] = [...indicator.previous, indicator.current]
  const steps = trendSteps(
    figures.map((f) => f.value),
    indicator.unit === 'share' ? 1 : null,
  )
  const titleId = `${headingId}-verloop`
  return (
    <div className="naast-indicator__trend">
      <p id={titleId} className="naast-indicator__trend-title">
        {t('indicators.trendTitle')}
      </p>
      <ul className="naast-indicator__bars" aria-labelledby={titleId}>
        {figures.map((figure, i) => {
          const isCurrent = i === figures.length - 1
          return (
            <li
              key={figure.quarter}
              className={
                isCurrent
                  ? 'naast-indicator__bar-row naast-indicator__bar-row--current'
                  : 'naast-indicator__bar-row'
              }
              aria-current={isCurrent ? 'true' : undefined}
            >
              <span className="naast-indicator__bar-track" aria-hidden="true">
                {steps[i]! > 0 && <span className={`naast-indicator__bar ${barWidthClass(steps[i]!)}`} />}
              </span>
              <span className="naast-indicator__bar-text">
                {t('indicators.trendItem', {
                  quarter: quarterText(figure.quarter, language),
                  value: figureText(figure, indicator.unit) ?? t('indicators.noFigureShort'),
                })}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
